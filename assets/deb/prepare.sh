#!/usr/bin/env bash
# Builds hosho for a .deb and writes what the package carries beside the binary: the manual
# page and the shell completions, made by hosho itself. Then `cargo deb --no-build` packs
# them as [package.metadata.deb] in Cargo.toml lists (cargo install cargo-deb).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --locked
out=target/deb-assets
mkdir -p "$out"
bin=target/release/hosho
"$bin" man --lang en | gzip -9n > "$out/hosho.1.gz"
"$bin" completions bash --lang en > "$out/hosho.bash"
"$bin" completions zsh --lang en > "$out/_hosho"
"$bin" completions fish --lang en > "$out/hosho.fish"
echo "$out: $(ls "$out" | tr '\n' ' ')"
