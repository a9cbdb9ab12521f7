// Serves the built page (dist/) on 127.0.0.1 with the COOP/COEP headers that make
// it cross-origin isolated, and prints its address.
//   node scripts/serve.mjs [--port 4173] [--no-isolation]
import { preview } from "vite";

export async function serve({ port = 4173, isolation = true } = {}) {
  if (!isolation) process.env.GIL_NO_ISOLATION = "1";
  const server = await preview({
    preview: { port, strictPort: true, host: "127.0.0.1" },
  });
  const url = `http://127.0.0.1:${server.config.preview.port}/`;
  return { server, url };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf("--port");
  const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 4173);
  const isolation = !args.includes("--no-isolation");
  const { url } = await serve({ port, isolation });
  console.log(
    `GIL Playground: ${url} (${isolation ? "cross-origin isolated" : "NOT cross-origin isolated"})`,
  );
}
