"""Write eval/gold/conflict/SOURCES.md from the gold files of this set (re3d-* and pd-* ids).

python3 eval/gold/conflict/make_sources.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent

RE3D_CITE = (
    "re3d: Defence Science and Technology Laboratory (Dstl), Aleph Insights and Committed Software (2017), "
    "*re3d: Relationship and Entity Extraction Evaluation Dataset*, https://github.com/dstl/re3d "
    "(commit b061ff06713cad4df7e5cfaed3fd07bf15b2598c)"
)

ATTRIBUTION = {
    "re3d-centcom": "Source: U.S. Central Command (centcom.mil), credit U.S. Central Command Public Affairs; public domain (re3d CENTCOM LICENSE). Via "
    + RE3D_CITE
    + ".",
    "re3d-state": "Source: U.S. Department of State (state.gov; re3d-state-05 is a U.S. Department of Defense release on defense.gov); public domain (re3d US_State_Department LICENSE), citation of the State Department as source appreciated. Via "
    + RE3D_CITE
    + ".",
    "re3d-eu": "Source: European External Action Service / Delegation of the European Union to Syria (eeas.europa.eu), © European Union; reuse authorised provided the source is acknowledged (EEAS/EC legal notice, re3d LICENSE). Via "
    + RE3D_CITE
    + ".",
    "pd": "Work of the U.S. federal government, not subject to copyright (17 U.S.C. § 105); no attribution required, credited as a courtesy: {outlet}.",
}

HEADER = """# Conflict-domain gold set: sources and licences

One line per file. `re3d-*` files take their text from the open-licence subsets CENTCOM,
US_State_Department and Delegation_of_the_European_Union_to_Syria of re3d (see
/work/shared/corpora/re3d/SOURCE.md); `pd-*` files are public-domain works of the US federal
government (CENTCOM, Department of Defense, DOD News, Department of State, Voice of America staff
reports) found with the search tool, copied from the stored page given as source (sometimes a
verbatim mirror of the official release or article; see each file's `meta`). Texts are rebuilt and checked by `build_texts.py`; the raw
public-domain texts with their page headers are in `pd_src/`.

| id | split | source | licence | attribution |
|---|---|---|---|---|
"""


def main() -> None:
    rows = []
    for path in sorted(GOLD.glob("*/*.json")):
        gid = path.stem
        if not (gid.startswith("re3d-") or gid.startswith("pd-")):
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        key = "pd" if gid.startswith("pd-") else "-".join(gid.split("-")[:2])
        attribution = ATTRIBUTION[key].format(outlet=doc.get("outlet"))
        cells = [gid, path.parent.name, doc["source"], doc["licence"], attribution]
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    (HERE / "SOURCES.md").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    main()
