// Python from source in the browser: programs run on real wasm threads under
// the page's GIL and print what python3 printed (the outputs recorded for the
// native tests in crate/tests/programs/), streamed as they print.
import { readFileSync } from "node:fs";
import type { Span, SpanState } from "../../www/trace";
import { expect, openPage, test, useOnePage } from "./fixtures";

/** Time during which spans in `state` of two different lanes overlap, summed over
 * pairs of spans (as `total_cross_thread_overlap` in crate/src/trace.rs). */
function crossLaneOverlapMs(spans: Span[], state: SpanState): number {
  const of = spans.filter((s) => s.state === state).sort((a, b) => a.startMs - b.startMs);
  let total = 0;
  for (let i = 0; i < of.length; i++) {
    for (let j = i + 1; j < of.length && of[j].startMs < of[i].endMs; j++) {
      if (of[i].lane !== of[j].lane) {
        total += Math.max(0, Math.min(of[i].endMs, of[j].endMs) - of[j].startMs);
      }
    }
  }
  return total;
}

const program = (name: string, ext: string) =>
  readFileSync(new URL(`../../crate/tests/programs/${name}.${ext}`, import.meta.url), "utf8");

// One page runs every program of a list, one after the other, as a user would
// (and each test skips opening a page of its own).
test.describe("corpus programs", () => {
  const page = useOnePage();
  for (const name of [
    "basics",
    "functions",
    "classes",
    "formatting",
    "modules",
    "threads",
    "futures",
    "queues",
    "sums",
    "names",
    "method_errors",
    "method_cache",
    "self_reference",
    "dict_lookups",
    "memory",
    "deep",
    "many_threads",
    "with_errors",
    "walrus_iter_sentinel",
    "thread_semaphores",
    "future_cancel_callback",
    "data_model",
    "generator_functions",
    "unpacking",
    "match_statement",
    "str_methods",
    "type_methods",
    "descriptors_annotations",
    "random_instances",
    "bisect_module",
    "collections_module",
    "heapq_module",
    "copy_module",
    "itertools_module",
    "functools_module",
    "operator_module",
    "bytes_basics",
    "re_module",
    "re_errors",
    "sys_more",
    "dir_globals",
    "container_operators",
    "builtin_dunders",
    "builtin_base_methods",
    "type_three_args",
    "builtin_subclass_methods",
    "json_module",
    "class_in_function",
    "import_star",
    "pickle_module",
    "frozenset_basics",
    "pickle_references",
    "exec_eval",
    "walrus_comprehensions",
    "complex_numbers",
    "dict_views",
    "thread_excepthook",
    "daemon_threads",
    "int_bytes",
    "builtin_mro",
    "sequence_protocol",
    "docstrings",
    "enum_module",
    "datetime_math_more",
    "string_formatter",
    "format_types_textwrap",
    "bytes_methods_edges",
    "stdlib_errors_edges",
    "iteration_and_messages",
    "str_methods_edges",
    "format_specs_edges",
    "builtin_types_edges",
    "collections_itertools_edges",
    "json_text_stats_edges",
    "datetime_edges",
    "bytes_codecs_translate",
    "dict_missing_json_types",
    "template_statistics_types",
    "learner_decorators",
    "learner_generators",
    "learner_classes",
    "user_collections",
    "dataclass_initvar",
    "generic_bases",
    "decimal_transcendental",
    "memoryview_basics",
    "bytes_percent",
    "logging_caller",
    "re_flags",
    "timeit_module",
    "struct_module",
    "calendar_module",
    "shlex_uuid_secrets",
    "delattr_hook",
    "instance_dict_writes",
    "numeric_keys",
    "zip_strict_range_slices",
    "tuple_float_subclass",
    "stdlib_small_mends",
    "csv_learner",
    "calendar_learner",
    "collections_more",
    "slots_learner",
    "list_queue",
    "method_call_forms",
    "word_frequency_text",
    "textwrap_shorten_dedent",
    "queue_sim_threads",
    "producer_consumer_condition",
    "json_roundtrip_objects",
    "builtin_wrong_args",
    "truthiness_dunders",
    "namedtuple_methods",
    "int_bytes_hex",
    "heapq_nlargest_key",
    "format_dunder",
    "float_repr_cases",
    "enum_flag_permissions",
    "divmod_round_half_even",
    "dataclass_replace_factory",
    "chained_comparisons",
    "big_int_math",
    "zip_strict_errors",
    "table_alignment_report",
    "sorted_multi_keys",
    "re_named_groups",
    "nonlocal_counters",
    "memo_recursion",
    "generator_send_pipeline",
    "exitstack_resources",
    "deque_rotations",
    "bank_threads_lock",
    "str_translate_maketrans",
    "singledispatch_method",
    "set_name_descriptors",
    "math_integer_functions",
    "itertools_pairwise_more",
    "int_format_edges",
    "inspect_basics",
    "init_subclass_registry",
    "class_getitem_custom",
    "exception_groups_tour",
    "thread_subclass_repr",
    "repr_str_non_string",
    "finalizer_del_timing",
    "finalizer_del_scopes",
    "generator_close_on_drop",
    "thread_pool_exit",
    "builtin_mixin_mro",
    "re_pattern_repr",
    "primes_generators",
    "log_parsing_re",
    "threads_queue_workers",
    "gradebook_statistics",
    "copy_deep_custom",
    "game_of_life",
    "augmented_attribute_targets",
    "attribute_routes_special_classes",
    "sequence_index_fast_paths",
    "nan_identity_iterator_names",
    "enum_mixins_generic_params",
    "dataclass_generated_methods",
    "keyword_spread_calls",
    "str_iter_slice_forms",
    "counter_update_forms",
    "sort_key_kinds",
    "fast_builtin_forms",
    "dataclass_make",
    "dataclass_options",
    "dataclass_slots",
    "builtin_subclass_messages",
    "builtins_tour",
    "classes_advanced",
    "contextlib_tour",
    "datamodel_vectors",
    "datetime_tour",
    "enum_tour",
    "errno_module",
    "format_spec_tour",
    "functools_tour",
    "generators_pipeline",
    "iterator_dunder_next",
    "itertools_recipes",
    "json_textwrap_heapq_copy",
    "learner_grades",
    "learner_inventory_dataclasses",
    "learner_library_system",
    "learner_shopping_cart",
    "learner_text_stats",
    "learner_todo_cli",
    "match_shapes",
    "ordered_dict_views",
    "recursion_and_calculator",
    "scopes_unpacking_errors",
    "str_methods_tour",
    "strftime_flags",
    "string_template_subclass",
    "typing_annotations_tour",
    "typing_protocols",
    "builtin_call_forms",
    "module_level_globals",
    "class_hooks",
    "class_protocols",
    "attribute_slots",
    "method_lookup",
    "generic_aliases",
    "os_path",
    "everyday_mix",
    "set_table_order",
    "hash_values",
    "time_calendar",
    "random_seeds",
    "global_counters",
    "subclass_str",
    "datetime_basics",
    "datetime_arith",
    "datetime_format",
    "fractions_basics",
    "collections_abc",
    "io_stringio",
    "logging_threads",
    "base64_hashlib",
    "pprint_shapes",
    "index_protocol",
    "datamodel_gaps",
  ]) {
    test(`${name}.py prints in the browser what python3 printed`, async () => {
      const result = await page().evaluate(
        (source) => window.playground.runProgram(source),
        program(name, "py"),
      );
      expect(result.stdout).toBe(program(name, "stdout"));
      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(0);
    });
  }
});

// Programs that also write to stderr, or exit with a status of their own.
test.describe("corpus programs with errors", () => {
  const page = useOnePage();
  for (const name of [
    "stdio",
    "exit_message",
    "exit_status",
    "exit_zero",
    "issubclass_os",
    "class_inheritance",
    "exceptions_custom",
    "exception_chaining",
    "traceback_module",
    "function_annotations",
    "input_and_files",
    "traceback_shapes",
    "datetime_traceback",
    "logging_basics",
    "decimal_module",
    "argparse_module",
    "csv_module",
    "matmul_operator",
    "slots_enforced",
    "yield_from_throw",
    "did_you_mean",
    "mro_errors",
    "did_you_mean_local",
    "unbound_local_cases",
    "str_encode_errors",
    "recursion_no_base",
    "recursion_mutual",
    "index_key_errors",
    "abc_errors",
    "getattribute_hooks",
    "except_star_tour",
    "except_name_unbound",
    "syntax_warning_literal",
    "syntax_warnings_compiler",
    "rpn_calculator",
    "unbound_local_augassign",
    "point_grid_dunders",
    "json_custom_encoder",
    "text_adventure_match",
    "singledispatch_partial",
    "student_records_csv",
    "class_counters",
    "iteration_protocol",
    "str_format_report",
    "queue_pipeline_threads",
    "library_loans",
    "sorting_algorithms",
    "builtin_mixin_super_exceptions",
    "type_errors_tour",
    "lru_cache_learner",
    "abc_shapes_learner",
    "heapq_scheduler",
    "bisect_sorted_list",
    "itertools_tour_errors",
    "counter_chainmap_namedtuple",
    "typing_namedtuple_hints",
    "dataclass_frozen_params",
    "print_stdout_stderr",
    "linked_list_learner",
    "roman_numerals",
    "caesar_cipher",
    "bank_transfer_errors",
    "inventory_dataclass_order",
    "todo_json_learner",
    "match_dataclass_shapes",
    "enum_flags_learner",
    "closures_decorators_learner",
    "generator_send_close",
    "textwrap_box_report",
    "format_spec_table",
    "receipt_parsing",
    "property_validation",
    "traceback_comprehension",
    "attribute_error_none",
    "zero_division_tour",
    "lookup_errors_tour",
    "exception_hierarchy_learner",
    "money_total_ordering",
    "random_simulation",
    "matrix_lists",
    "plugin_registry_meta",
    "datetime_schedule",
    "context_managers_tour",
    "sorting_keys_tour",
    "recursion_puzzles",
    "loops_else_walrus",
    "inheritance_super_learner",
    "unicode_text_learner",
    "dict_operations_tour",
    "thread_events_barrier",
    "fraction_decimal_money",
    "nested_call_paths",
    "property_routes",
    "dataclass_post_init_error",
    "init_call_forms",
    "syntax_duplicate_argument",
    "syntax_try_without_except",
    "dataclass_wrong_arguments",
    "deque_messages",
    "exception_chaining_tour",
    "exception_notes",
    "learner_bank_accounts",
    "keyword_call_forms",
    "learner_context_managers",
    "learner_exceptions",
    "os_error_fields",
    "attribute_error_fields",
    "unpack_errors",
  ]) {
    test(`${name}.py prints and exits in the browser as python3 did`, async () => {
      const result = await page().evaluate(
        (source) => window.playground.runProgram(source),
        program(name, "py"),
      );
      expect(result.stdout).toBe(program(name, "stdout"));
      expect(result.stderr).toBe(program(name, "stderr"));
      expect(result.exitCode).toBe(Number(program(name, "exit")));
    });
  }
});

// Programs CPython cannot compile: the page's console shows CPython's error
// (crate/tests/syntax_errors/ has them all, checked natively).
test.describe("programs with syntax errors", () => {
  const page = useOnePage();
  const syntaxError = (name: string, ext: string) =>
    readFileSync(new URL(`../../crate/tests/syntax_errors/${name}.${ext}`, import.meta.url), "utf8");
  for (const name of [
    "missing_colon_if",
    "unclosed_paren_then_more",
    "no_indented_block_for",
    "smart_quotes",
    "forgot_comma_before_call",
    "tabs_and_spaces",
  ]) {
    test(`${name}.py: the error python3 gave`, async () => {
      const result = await page().evaluate(
        (source) => window.playground.runProgram(source),
        syntaxError(name, "py"),
      );
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(syntaxError(name, "stderr"));
      expect(result.exitCode).toBe(1);
    });
  }
});

test("tracebacks.py: carets under the failing expression, in threads and the main thread, as python3 printed", async ({
  page,
}) => {
  await openPage(page);
  const result = await page.evaluate(
    (source) => window.playground.runProgram(source),
    program("tracebacks", "py"),
  );
  // CPython's thread tracebacks also show two frames of its own threading.py (at a
  // path of the machine's); the page has no such file.
  const withoutThreadingFrames = program("tracebacks", "stderr").replace(
    /  File "[^"]*threading\.py".*\n.*\n/g,
    "",
  );
  expect(result.stderr).toBe(withoutThreadingFrames);
  expect(result.stdout).toBe(program("tracebacks", "stdout"));
  expect(result.exitCode).toBe(Number(program("tracebacks", "exit")));
});

test("an uncaught exception prints its traceback and exits with 1; recursion stops at CPython's limit", async ({
  page,
}) => {
  await openPage(page);
  const result = await page.evaluate(
    (source) => window.playground.runProgram(source),
    program("errors", "py"),
  );
  expect(result.stdout).toBe(program("errors", "stdout"));
  expect(result.stdout).toContain("RecursionError: maximum recursion depth exceeded");
  expect(result.stderr).toContain('File "main.py", line 64, in fails');
  expect(result.stderr.trimEnd().split("\n").pop()).toBe("KeyError: 'b'");
  expect(result.exitCode).toBe(1);
  // 990 nested Python calls fit; the 1000th is a RecursionError, as in CPython.
  const deep = await page.evaluate(() =>
    window.playground.runProgram(
      "def f(n):\n    return f(n - 1) + 1 if n else 0\nprint(f(990))\ntry:\n    f(5000)\nexcept RecursionError as e:\n    print(e)\n",
    ),
  );
  expect(deep.stdout).toBe("990\nmaximum recursion depth exceeded\n");
});

test("output streams while the program runs, and threads take turns under the GIL but not without it", async ({
  page,
}) => {
  await openPage(page);
  const source = [
    "import threading, time",
    "print('first', flush=True)",
    "time.sleep(0.5)",
    "def spin():",
    "    total = 0",
    "    for i in range(2_000_000):",
    "        total += i",
    "threads = [threading.Thread(target=spin) for _ in range(2)]",
    "for t in threads: t.start()",
    "for t in threads: t.join()",
    "print('done')",
  ].join("\n");
  const outcome = await page.evaluate(async (source) => {
    const seen: { stream: string; text: string; atMs: number }[] = [];
    const start = performance.now();
    const result = await window.playground.runProgram(source, { gil: true }, (stream, text) =>
      seen.push({ stream, text, atMs: performance.now() - start }),
    );
    return { ...result, seen, totalMs: performance.now() - start };
  }, source);
  // "first" reached the page while the program still slept: streamed, not at the end.
  expect(outcome.seen[0]).toMatchObject({ stream: "stdout", text: "first\n" });
  expect(outcome.seen[0].atMs).toBeLessThan(outcome.totalMs - 400);
  expect(outcome.stdout).toBe("first\ndone\n");
  // Under the GIL two CPU-bound threads never ran at the same moment: the running
  // spans of different lanes do not overlap (below 1 ms in all, the bound the
  // crate's own test uses for the hand-off's bookkeeping), though they took turns.
  const running = outcome.spans.filter((s: { state: string }) => s.state === "running");
  expect(new Set(running.map((s) => s.lane)).size).toBeGreaterThanOrEqual(2);
  expect(outcome.handoffs).toBeGreaterThan(2);
  expect(crossLaneOverlapMs(outcome.spans, "running")).toBeLessThan(1);
  const free = await page.evaluate((source) => window.playground.runProgram(source, { gil: false }), source);
  expect(free.stdout).toBe("first\ndone\n");
  expect(free.spans.some((s) => s.state === "waiting_gil")).toBe(false);
  // Without it the two spinning threads ran side by side for a good part of the
  // time the shorter of them ran.
  const freeRunning = free.spans.filter((s) => s.state === "running" && s.lane !== 0);
  const perLane = new Map<number, number>();
  for (const s of freeRunning) perLane.set(s.lane, (perLane.get(s.lane) ?? 0) + s.endMs - s.startMs);
  expect(perLane.size).toBe(2);
  const shorter = Math.min(...perLane.values());
  expect(crossLaneOverlapMs(free.spans, "running")).toBeGreaterThan(0.3 * shorter);
});

test("the articles' benchmark runs from source with its 8 threads, with and without the GIL", async ({
  page,
}) => {
  await openPage(page);
  const source = readFileSync(
    new URL("../../examples/articles/benchmark_threads.py", import.meta.url),
    "utf8",
  ).replace("n = 1_000_000", "n = 20_000");
  for (const gil of [true, false]) {
    const result = await page.evaluate(([s, g]) => window.playground.runProgram(s, { gil: g }), [
      source,
      gil,
    ] as const);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Benchmarking 8 tasks with n=20,000\n/);
    expect(result.stdout.match(/\(8 tasks\)/g)).toHaveLength(3);
    expect(result.stdout).toMatch(/ThreadPoolExecutor\.+ \d+\.\d\dx\n$/);
  }
});

test("a runaway allocation ends in MemoryError, and the next program runs on a fresh instance", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page);
  const runaway = await page.evaluate(() =>
    window.playground.runProgram('x = []\nwhile True:\n    x.append("abc" * 1000)\n'),
  );
  expect(runaway.exitCode).toBe(1);
  expect(runaway.stderr).toMatch(/MemoryError: the program used more than the page's 768 MiB of memory\n$/);
  const next = await page.evaluate(() => window.playground.runProgram("print(sum(range(10)))\n"));
  expect(next.stdout).toBe("45\n");
  expect(next.exitCode).toBe(0);
});

test("a program may have 128 threads alive at once: one more raises RuntimeError, and threads start again once some end", async ({
  page,
}) => {
  await openPage(page);
  const source = [
    "import threading",
    "release = threading.Event()",
    "threads = []",
    "try:",
    "    while True:",
    "        t = threading.Thread(target=release.wait)",
    "        t.start()",
    "        threads.append(t)",
    "except RuntimeError as e:",
    "    print(len(threads), threading.active_count(), e)",
    "release.set()",
    "for t in threads:",
    "    t.join()",
    "t = threading.Thread(target=print, args=('a thread again',))",
    "t.start()",
    "t.join()",
    "print(threading.active_count())",
  ].join("\n");
  const result = await page.evaluate((s) => window.playground.runProgram(s), source);
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe(
    "127 128 can't start new thread (a program here may have at most 128 threads alive at once)\n" +
      "a thread again\n1\n",
  );
});
