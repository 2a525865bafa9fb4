# Puts the project's tools on PATH: cargo's bin and .tools/ (wasm-opt from npm binaryen)
# come before anything else, so an old system wasm-opt is never picked up.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_root/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
unset _root
