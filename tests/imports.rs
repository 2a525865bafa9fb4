//! No circle of imports between the workspace's source files: a file that another one
//! imports (through `use crate::…`, `use super::…`, `use self::…` or a child module's
//! path) never imports that file back, directly or through others. A name a module
//! re-exports (`pub use error::ApiError` in `api/mod.rs`) counts as an import of the file
//! that defines it, so using a folder's front door is not a circle with the folder.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The crates' source roots: (the crate's root file, its source folder).
const CRATES: [(&str, &str); 5] = [
    ("src/lib.rs", "src"),
    ("domain/src/lib.rs", "domain/src"),
    ("dev-backend/src/lib.rs", "dev-backend/src"),
    ("e2e/src/lib.rs", "e2e/src"),
    ("e2e/src/bin/bench/main.rs", "e2e/src/bin/bench"),
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// A source file's text without its test module (`#[cfg(test)] mod …` to the end), whose
/// `use super::*` is the file's own module, and without comments.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") && lines.peek().is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line.split(" // ").next().unwrap_or(line));
        code.push('\n');
    }
    code
}

/// Every `use` statement's paths, expanded: `use crate::{a::B, c::{D, E as F}}` gives
/// `crate::a::B`, `crate::c::D`, `crate::c::E`. Returns (path, is `pub use`).
fn uses(code: &str) -> Vec<(Vec<String>, bool)> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = find_use(rest) {
        let public = rest[..at].trim_end().ends_with("pub") || rest[..at].trim_end().ends_with(')');
        let after = &rest[at + 4..];
        let Some(end) = after.find(';') else { break };
        let tree: String = after[..end].chars().filter(|c| !c.is_whitespace()).collect();
        expand(&tree, &mut Vec::new(), &mut |path| found.push((path, public)));
        rest = &after[end..];
    }
    found
}

/// Where the next `use ` keyword starts (at a line's start, after `pub` or `pub(crate)`).
fn find_use(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find("use ") {
        let at = from + found;
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let before = text[line_start..at].trim();
        if before.is_empty() || before == "pub" || before.starts_with("pub(") {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut dyn FnMut(Vec<String>)) {
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open].split("::").filter(|s| !s.is_empty()).map(String::from).collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let depth = prefix.len();
        prefix.extend(head);
        for part in split_top(inner) {
            expand(&part, prefix, out);
        }
        prefix.truncate(depth);
    } else {
        let path = tree.split("as").next().unwrap_or(tree);
        let mut full = prefix.clone();
        full.extend(path.split("::").filter(|s| !s.is_empty()).map(String::from));
        if full.last().is_some_and(|s| s == "self") {
            full.pop();
        }
        out(full);
    }
}

/// `a, b::{c, d}, e` split at the commas outside braces.
fn split_top(text: &str) -> Vec<String> {
    let (mut parts, mut depth, mut current) = (Vec::new(), 0, String::new());
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

/// One source file: its crate, module path, code and child modules.
struct Module {
    krate: usize,
    path: Vec<String>,
    code: String,
}

/// Every module file of every crate, by its file path.
fn modules() -> BTreeMap<PathBuf, Module> {
    let root = workspace();
    let mut all = BTreeMap::new();
    for (krate, (root_file, dir)) in CRATES.iter().enumerate() {
        let mut stack = vec![(root.join(root_file), Vec::<String>::new())];
        while let Some((file, path)) = stack.pop() {
            let code = code_of(&file);
            let folder = if file.ends_with("mod.rs") || file.ends_with("lib.rs") || file.ends_with("main.rs") {
                file.parent().unwrap().to_path_buf()
            } else {
                file.with_extension("")
            };
            for line in code.lines() {
                let line = line.trim();
                let declared = line.strip_prefix("pub ").unwrap_or(line);
                let declared = declared.strip_prefix("pub(crate) ").unwrap_or(declared);
                if let Some(name) = declared.strip_prefix("mod ").and_then(|n| n.strip_suffix(';')) {
                    let child = [folder.join(format!("{name}.rs")), folder.join(name).join("mod.rs")]
                        .into_iter()
                        .find(|p| p.exists());
                    if let Some(child) = child {
                        let mut child_path = path.clone();
                        child_path.push(name.to_string());
                        stack.push((child, child_path));
                    }
                }
            }
            let _ = dir;
            all.insert(file, Module { krate, path, code });
        }
    }
    all
}

fn defines(code: &str, name: &str) -> bool {
    ["struct", "enum", "fn", "const", "trait", "type", "static", "mod", "union", "async fn", "macro_rules!"]
        .iter()
        .any(|kind| code.contains(&format!("{kind} {name}")) || code.contains(&format!("{kind} {name}(")))
}

/// The file a path used in `from` leads to, following re-exports.
fn resolve(all: &BTreeMap<PathBuf, Module>, from: &Path, path: &[String], depth: usize) -> Option<PathBuf> {
    let module = &all[from];
    let mut absolute: Vec<String> = Vec::new();
    let mut rest = path;
    match path.first().map(String::as_str) {
        Some("crate") => rest = &path[1..],
        Some("super") | Some("self") => {
            absolute = module.path.clone();
            while let Some(first) = rest.first() {
                match first.as_str() {
                    "super" => {
                        absolute.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        Some(first) => {
            // A child module of this one, or another crate (not ours to check).
            let mut child = module.path.clone();
            child.push(first.to_string());
            if !all.values().any(|m| m.krate == module.krate && m.path == child) {
                return None;
            }
            absolute = module.path.clone();
        }
        None => return None,
    }
    absolute.extend(rest.iter().cloned());
    // The longest prefix that is a module file; the segment after it is an item.
    let (mut file, mut taken) = (None, 0);
    for (path, m) in all.iter().filter(|(_, m)| m.krate == module.krate) {
        if absolute.starts_with(&m.path) && m.path.len() >= taken && (file.is_none() || m.path.len() > taken) {
            file = Some(path.clone());
            taken = m.path.len();
        }
    }
    let file = file?;
    let Some(item) = absolute.get(taken) else { return Some(file) };
    if item == "*" || depth > 8 || defines(&all[&file].code, item) {
        return Some(file);
    }
    // A name the module re-exports: the file it comes from.
    for (reexport, public) in uses(&all[&file].code) {
        if !public {
            continue;
        }
        if reexport.last() == Some(item) {
            return resolve(all, &file, &reexport, depth + 1).or(Some(file));
        }
        if reexport.last().is_some_and(|s| s == "*") {
            let glob = &reexport[..reexport.len() - 1];
            let mut target = glob.to_vec();
            target.push(item.clone());
            if let Some(origin) = resolve(all, &file, &target, depth + 1) {
                if origin != file && defines(&all[&origin].code, item) {
                    return Some(origin);
                }
            }
        }
    }
    Some(file)
}

/// The groups of files that import each other in a circle (Tarjan's strongly connected
/// components of more than one file).
fn circles(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    struct State<'a> {
        edges: &'a BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        index: BTreeMap<PathBuf, usize>,
        low: BTreeMap<PathBuf, usize>,
        stack: Vec<PathBuf>,
        on_stack: BTreeSet<PathBuf>,
        found: Vec<Vec<PathBuf>>,
    }
    fn visit(s: &mut State, node: &PathBuf) {
        let n = s.index.len();
        s.index.insert(node.clone(), n);
        s.low.insert(node.clone(), n);
        s.stack.push(node.clone());
        s.on_stack.insert(node.clone());
        for next in s.edges.get(node).into_iter().flatten() {
            if !s.index.contains_key(next) {
                visit(s, next);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node.clone(), low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node.clone(), low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut group = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(&top);
                let done = &top == node;
                group.push(top);
                if done {
                    break;
                }
            }
            if group.len() > 1 {
                s.found.push(group);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in edges.keys() {
        if !state.index.contains_key(node) {
            visit(&mut state, node);
        }
    }
    state.found
}

/// Paths written out in code rather than imported (`crate::config::LiveSeconds`,
/// `super::client::decode`): they tie files together the same way.
fn inline_paths(code: &str) -> Vec<Vec<String>> {
    let code: String = code
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            !(line.starts_with("use ") || line.starts_with("pub use ") || line.starts_with("pub(crate) use "))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.as_str();
    let mut found = Vec::new();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            let before = code[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String =
                code[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let segments: Vec<String> = path.split("::").filter(|s| !s.is_empty()).map(String::from).collect();
            if segments.len() > 1 {
                found.push(segments);
            }
        }
    }
    found
}

fn import_edges() -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let all = modules();
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (file, module) in &all {
        let written_out = inline_paths(&module.code).into_iter().map(|p| (p, false));
        for (path, _) in uses(&module.code).into_iter().chain(written_out) {
            if let Some(target) = resolve(&all, file, &path, 0) {
                if &target != file {
                    edges.entry(file.clone()).or_default().insert(target);
                }
            }
        }
    }
    edges
}

#[test]
fn no_file_imports_one_that_imports_it_back() {
    let edges = import_edges();
    assert!(edges.len() > 50, "the check reads the workspace: {} files with imports", edges.len());
    let root = workspace();
    let shown: Vec<String> = circles(&edges)
        .into_iter()
        .map(|group| {
            let names: Vec<String> =
                group.iter().map(|p| p.strip_prefix(&root).unwrap_or(p).display().to_string()).collect();
            names.join(" ↔ ")
        })
        .collect();
    assert!(shown.is_empty(), "import circles:\n{}", shown.join("\n"));
}

#[test]
fn the_check_finds_a_circle_and_follows_re_exports() {
    let (a, b, c) = (PathBuf::from("a.rs"), PathBuf::from("b.rs"), PathBuf::from("c.rs"));
    let mut edges = BTreeMap::new();
    edges.insert(a.clone(), BTreeSet::from([b.clone()]));
    edges.insert(b.clone(), BTreeSet::from([c.clone()]));
    edges.insert(c.clone(), BTreeSet::from([a.clone()]));
    assert_eq!(circles(&edges).len(), 1);
    edges.insert(c, BTreeSet::new());
    assert!(circles(&edges).is_empty());
    // A child that uses its folder's re-export imports the defining file, not the folder.
    let edges = import_edges();
    let root = workspace();
    let client = &edges[&root.join("src/api/client.rs")];
    assert!(!client.contains(&root.join("src/api/mod.rs")), "through api/mod.rs's re-exports: {client:?}");
    let expanded = uses("use crate::{a::B, c::{D, E as F}};\npub use self::g::*;");
    let paths: Vec<String> = expanded.iter().map(|(p, _)| p.join("::")).collect();
    assert_eq!(paths, ["crate::a::B", "crate::c::D", "crate::c::E", "self::g::*"]);
    assert!(expanded[3].1, "a pub use");
}
