"""Copy the web assets of the pinned npm packages into the package and record their licences.

    npm ci --ignore-scripts          # installs package-lock.json's exact versions into node_modules/
    python scripts/vendor_assets.py  # copies the files below into src/claimledger/serve/static/vendor/

The web UI loads nothing from a CDN: every script, stylesheet and data file it uses is one of
the files below, committed under ``static/vendor/<package>/`` and shipped in the wheel. The
script refuses to run when node_modules does not hold exactly the versions pinned in
package.json, and writes ``static/vendor/LICENSES.md`` (name, version, licence, source of every
asset) plus the licence texts: each package's own beside its files, and those of the packages
bundled into the built files in ``THIRD-PARTY-LICENSES.txt``.

Never imported by the package.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "claimledger" / "serve" / "static" / "vendor"

# package → the files the pages load (paths inside the npm package), and what they are for
ASSETS: dict[str, tuple[list[str], str]] = {
    "htmx.org": (["dist/htmx.min.js"], "live search and the analyse form without page reloads"),
    "vega": (["build/vega.min.js"], "the timeline chart (runtime)"),
    "vega-lite": (["build/vega-lite.min.js"], "the timeline chart (grammar compiled to Vega)"),
    "vega-embed": (
        ["build/vega-embed.min.js"],
        "the timeline chart (embedding; its bundled expression interpreter runs charts without eval)",
    ),
    "leaflet": (
        [
            "dist/leaflet.js",
            "dist/leaflet.css",
            "dist/images/layers.png",
            "dist/images/layers-2x.png",
            "dist/images/marker-icon.png",
            "dist/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png",
        ],
        "the map of places",
    ),
    "topojson-client": (["dist/topojson-client.min.js"], "the map: TopoJSON country outlines to GeoJSON"),
    "world-atlas": (
        ["countries-50m.json"],
        "the map: country outlines (Natural Earth 1:50m, public domain), drawn without a tile server",
    ),
}

# dependencies that are command-line tools or type declarations, never inside the built files
NOT_BUNDLED = {"yargs", "commander", "vega-typings", "@types/estree", "@types/geojson"}

EXTRA_NOTES = {
    "world-atlas": "Data from Natural Earth (https://www.naturalearthdata.com/), public domain.",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--node-modules", type=Path, default=ROOT / "node_modules")
    parser.add_argument("--out", type=Path, default=VENDOR)
    args = parser.parse_args(argv)
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    missing = sorted(set(ASSETS) - set(pinned))
    if missing:
        sys.exit(f"vendor_assets: {missing} are not pinned in package.json")
    rows, bundled = [], {}
    if args.out.exists():
        shutil.rmtree(args.out)
    for name, (files, purpose) in ASSETS.items():
        meta = _package(args.node_modules, name)
        if meta["version"] != pinned[name]:
            sys.exit(
                f"vendor_assets: node_modules has {name} {meta['version']}, package.json pins "
                f"{pinned[name]}; run `npm ci --ignore-scripts` first"
            )
        dest = args.out / name
        for rel in files:
            target = dest / rel.removeprefix("dist/").removeprefix("build/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(args.node_modules / name / rel, target)
        shutil.copyfile(_licence_file(args.node_modules / name), dest / "LICENSE")
        deps = _bundled(args.node_modules, name)
        bundled.update(deps)
        rows.append((name, meta, files, purpose, sorted(deps)))
    (args.out / "LICENSES.md").write_text(_licences_md(rows, bundled), encoding="utf-8")
    (args.out / "THIRD-PARTY-LICENSES.txt").write_text(
        _third_party(args.node_modules, bundled), encoding="utf-8"
    )
    print(f"vendor_assets: {sum(len(r[2]) for r in rows)} files from {len(rows)} packages into {args.out}")
    return 0


def _package(node_modules: Path, name: str) -> dict[str, Any]:
    return json.loads((node_modules / name / "package.json").read_text(encoding="utf-8"))


def _licence_file(folder: Path) -> Path:
    for path in sorted(folder.iterdir()):
        if path.name.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
            return path
    sys.exit(f"vendor_assets: no licence file in {folder}")


def _bundled(node_modules: Path, name: str) -> dict[str, dict[str, Any]]:
    """The runtime dependencies (transitively) whose code the package's built files include."""
    seen: dict[str, dict[str, Any]] = {}
    todo = list(_package(node_modules, name).get("dependencies") or {})
    while todo:
        dep = todo.pop()
        if dep in seen or dep in NOT_BUNDLED or not (node_modules / dep / "package.json").exists():
            continue
        seen[dep] = meta = _package(node_modules, dep)
        todo += list(meta.get("dependencies") or {})
    return seen


def _repo(meta: dict[str, Any]) -> str:
    repo = meta.get("repository")
    url = repo.get("url", "") if isinstance(repo, dict) else str(repo or "")
    url = url.removeprefix("git+").removesuffix(".git").replace("git://", "https://")
    return url.replace("http://", "https://")


def _licences_md(rows: list[Any], bundled: dict[str, Any]) -> str:
    out = [
        "# Vendored web assets",
        "",
        "Written by `scripts/vendor_assets.py` from the npm packages pinned in `package.json` /",
        "`package-lock.json`; do not edit by hand. Each package's licence text is in its folder;",
        "the licences of packages bundled into the built files are in `THIRD-PARTY-LICENSES.txt`.",
        "",
        "| Package | Version | Licence | Files | Used for | Source |",
        "|---|---|---|---|---|---|",
    ]
    for name, meta, files, purpose, _deps in rows:
        shown = ", ".join(f"`{Path(f).name}`" for f in files)
        npm = f"https://www.npmjs.com/package/{name}/v/{meta['version']}"
        out.append(
            f"| {name} | {meta['version']} | {meta.get('license')} | {shown} | {purpose} | {npm} ({_repo(meta)}) |"
        )
    out += ["", "## Notes", ""]
    for name, note in EXTRA_NOTES.items():
        out.append(f"- {name}: {note}")
    out += [
        "",
        "## Runtime dependencies (code the built files may include)",
        "",
        "| Inside | Package | Version | Licence |",
        "|---|---|---|---|",
    ]
    for name, _meta, _files, _purpose, deps in rows:
        for dep in deps:
            out.append(f"| {name} | {dep} | {bundled[dep]['version']} | {bundled[dep].get('license')} |")
    return "\n".join(out) + "\n"


def _third_party(node_modules: Path, bundled: dict[str, Any]) -> str:
    parts = []
    for dep in sorted(bundled):
        text = _licence_file(node_modules / dep).read_text(encoding="utf-8", errors="replace").strip()
        parts.append(
            f"{'=' * 78}\n{dep} {bundled[dep]['version']} ({bundled[dep].get('license')})\n{'=' * 78}\n{text}\n"
        )
    return "\n".join(parts)


if __name__ == "__main__":
    raise SystemExit(main())
