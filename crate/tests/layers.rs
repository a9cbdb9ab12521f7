//! The crate's layers (see `src/lib.rs`): a module names only modules of its
//! own layer or below, and no two top-level modules (a folder or a file of
//! `src/`) name each other, even through others.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of `src/` and its layer, lowest first.
const LAYERS: &[(&str, u8)] = &[
    ("host", 0),
    ("objects", 1),
    ("workloads", 1),
    ("compiler", 2),
    ("trace", 2),
    ("gil", 2),
    ("gil_summary", 2),
    ("runtime", 3),
    ("modules", 4),
    ("runs", 5),
    ("bindings", 6),
    ("lib", 6),
];

/// Exported macros live at the crate's root: the layer that defines each.
const MACROS: &[(&str, &str)] = &[("builtin", "runtime")];

fn layer(unit: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(name, _)| *name == unit)
        .map(|(_, layer)| *layer)
        .unwrap_or_else(|| panic!("src/{unit} has no layer: add it to LAYERS in tests/layers.rs"))
}

/// The code of a file without its comments (a path in a comment is no import).
fn code_of(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            // A "//" inside a string literal (a URL) is rare enough in this
            // crate to cut the line there too: the rest is no module path.
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules that `code` names through `crate::`, including
/// the names inside `crate::{a, b::c}`.
fn named_units(code: &str) -> BTreeSet<String> {
    let mut units = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        // `$crate::` (in a macro) names the crate too.
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    units.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                units.insert(name);
            }
        }
    }
    units
        .into_iter()
        .map(|name| {
            MACROS
                .iter()
                .find(|(m, _)| *m == name)
                .map_or(name, |(_, unit)| (*unit).to_string())
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Which top-level module names which, from the sources of `src/` (the
/// binaries in `src/bin/` are crates of their own, outside the layers).
fn unit_graph() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap();
        let first = first.as_os_str().to_str().unwrap();
        if first == "bin" {
            continue;
        }
        let unit = first.trim_end_matches(".rs").to_string();
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        let edges = graph.entry(unit.clone()).or_default();
        for named in named_units(&code) {
            if named != unit {
                edges
                    .entry(named)
                    .or_insert_with(|| relative.display().to_string());
            }
        }
    }
    graph
}

#[test]
fn no_module_names_a_higher_layer() {
    let mut wrong = Vec::new();
    for (unit, edges) in unit_graph() {
        for (named, file) in edges {
            if layer(&named) > layer(&unit) {
                wrong.push(format!(
                    "src/{file} ({unit}, layer {}) names {named} (layer {})",
                    layer(&unit),
                    layer(&named)
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_circle_between_top_level_modules() {
    let graph = unit_graph();
    // Depth-first search for a back edge, with the path that closes it.
    fn visit(
        unit: &str,
        graph: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|u| u == unit) {
            let mut circle = path[at..].to_vec();
            circle.push(unit.to_string());
            return Some(circle);
        }
        if done.contains(unit) {
            return None;
        }
        path.push(unit.to_string());
        for named in graph.get(unit).into_iter().flat_map(BTreeMap::keys) {
            if let Some(circle) = visit(named, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(unit.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for unit in graph.keys() {
        if let Some(circle) = visit(unit, &graph, &mut Vec::new(), &mut done) {
            panic!("import circle: {}", circle.join(" -> "));
        }
    }
}

#[test]
fn the_check_sees_paths_in_groups_and_macros() {
    let units = named_units("use crate::{host::clock, objects};\nlet x = $crate::runtime::f;");
    assert_eq!(
        units.into_iter().collect::<Vec<_>>(),
        ["host", "objects", "runtime"]
    );
    assert!(named_units(&code_of("// crate::modules::load")).is_empty());
    assert_eq!(
        named_units("crate::builtin!(\"f\", f)")
            .into_iter()
            .collect::<Vec<_>>(),
        ["runtime"]
    );
}
