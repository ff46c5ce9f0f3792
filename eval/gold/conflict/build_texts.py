"""Build the `text` (and the fixed metadata) of the conflict-domain gold files.

    python3 eval/gold/conflict/build_texts.py                 # check the texts of existing gold files
    python3 eval/gold/conflict/build_texts.py --create ID ... # write skeletons (text + metadata, empty lists)
    python3 eval/gold/conflict/build_texts.py --print ID      # print one built text

re3d documents come from /work/shared/corpora/re3d/json/<Source>/documents.json (dstl/re3d @ b061ff0).
Only the paragraph breaks are normalised: every run of line breaks (with the spaces around it)
becomes one blank line ("\n\n"). The one exception is a line break *inside* a sentence (the next
line starts with a lower-case letter; only in re3d-centcom-16, where hyperlinked words sat on
their own lines): it becomes a single space. Nothing else is changed (the "." bullets and
no-break spaces of the CENTCOM strike lists, double spaces and missing spaces stay).

Public-domain articles come from pd_src/<id>.txt: a few header lines (URL, TITLE, DATE, notes),
a line "=====", then the article body as copied from the stored page (paragraphs separated by a
blank line; navigation, captions, bylines and related-links boxes left out).

An existing gold file is never overwritten: its `text` is compared with the built text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
RE3D = Path("/work/shared/corpora/re3d/json")
RE3D_COMMIT = "b061ff06713cad4df7e5cfaed3fd07bf15b2598c"

SUBSETS = {
    "centcom": ("CENTCOM", "U.S. Central Command (centcom.mil)", "public domain"),
    "state": ("US_State_Department", "U.S. Department of State (state.gov)", "public domain"),
    "eu": (
        "Delegation_of_the_European_Union_to_Syria",
        "European External Action Service (eeas.europa.eu)",
        "Reuse is authorised, provided the source is acknowledged.",
    ),
}

# id: split, published, published_note
RE3D_DOCS = {
    # ---- test
    "re3d-centcom-03": (
        "test",
        "2017-01-09",
        "Title 'January 9: ...'; year 2017 from the series of daily CJTF-OIR strike releases of January 2017 (article 1044663).",
    ),
    "re3d-centcom-07": (
        "test",
        "2016-12-11",
        "Inferred: the text says Carter commented 'today' on 'yesterday's terrorist bombings in Istanbul', i.e. 'Saturday's' attack; the Besiktas bombings were on Saturday 10 Dec 2016 and Carter was in Baghdad on 11 Dec 2016.",
    ),
    "re3d-centcom-08": (
        "test",
        None,
        "Not printed; the release follows the strikes of Thursday 15 Dec 2016 (year from the weekday: Dec. 15 is a Thursday in 2016).",
    ),
    "re3d-centcom-11": (
        "test",
        "2017-01-05",
        "Cook 'told reporters today'; a dated copy of the same DoD News article and DoD release NR-001-17 (5 Jan 2017) put the briefing on Thursday 5 Jan 2017.",
    ),
    "re3d-centcom-12": ("test", None, "Not printed; the SDF announcement of Dec. 10 (2016) is the news."),
    "re3d-centcom-15": ("test", None, "Not printed (autumn 2016, before the Mosul offensive)."),
    "re3d-centcom-22": (
        "test",
        "2016-11-26",
        "Inferred: 'a DoD news release issued yesterday' identified Dayton; that release was issued Friday 25 Nov 2016, so the article is of 26 Nov 2016.",
    ),
    "re3d-state-07": (
        "test",
        "2016-05-23",
        "URL 2016/05; the Jabla and Tartus bombings 'today' were on 23 May 2016.",
    ),
    "re3d-state-12": (
        "test",
        "2015-10-29",
        "URL 2015/10; the rocket attack on Camp Hurriya 'today' was on 29 Oct 2015.",
    ),
    "re3d-state-14": (
        "test",
        "2015-10-31",
        "URL 2015/10; Blinken announced the assistance 'today at the Manama Dialogue' (31 Oct 2015).",
    ),
    "re3d-state-16": (
        "test",
        "2017-01-02",
        "URL 2017/01; 'On Saturday' = the al-Sinek attacks of 31 Dec 2016, 'Today ... at least 35' = the Sadr City bombing of Monday 2 Jan 2017 (inferred, medium confidence).",
    ),
    "re3d-eu-01": (
        "test",
        "2016-12-29",
        "The Syria-wide cessation of hostilities was announced on 29 Dec 2016 ('on the eve of a New Year'); statement issued that day.",
    ),
    # ---- dev
    "re3d-centcom-01": ("dev", None, "Not printed (May 2016)."),
    "re3d-centcom-04": ("dev", None, "Not printed; the strike of 'Monday, Dec. 26' (2016) is the news."),
    "re3d-centcom-05": ("dev", None, "Not printed; events of Dec. 6-7 (2016, Mosul offensive)."),
    "re3d-centcom-06": ("dev", None, "Not printed ('announced today'; death on Jan. 7, 2017)."),
    "re3d-centcom-09": (
        "dev",
        "2016-05-04",
        "Title 'May 4: ...'; year 2016 from the death of Charles H. Keating IV on 3 May 2016 ('killed yesterday').",
    ),
    "re3d-centcom-10": (
        "dev",
        "2017-01-11",
        "Title 'January 11: ...'; year 2017 as for the other daily strike releases.",
    ),
    "re3d-centcom-13": ("dev", None, "Not printed; the SDF advance of Nov. 6, 2016 is the news."),
    "re3d-centcom-16": (
        "dev",
        "2016-12-13",
        "Davis 'said today'; a dated copy of the same DoD News article says he spoke on Tuesday, i.e. 13 Dec 2016.",
    ),
    "re3d-centcom-18": ("dev", None, "Not printed (late 2016)."),
    "re3d-centcom-20": (
        "dev",
        "2017-01-10",
        "Title 'January 10: ...'; year 2017 as for the other daily strike releases.",
    ),
    "re3d-centcom-23": ("dev", None, "Not printed; arrival on Dec. 10, 2016."),
    "re3d-state-01": (
        "dev",
        "2016-10-15",
        "URL 2016/10; the Baghdad funeral-tent bombing 'today' was on 15 Oct 2016 (inferred).",
    ),
    "re3d-state-04": ("dev", None, "URL 2015/09; exact day not verified."),
    "re3d-state-05": ("dev", "2016-10-16", "Dabiq was taken from ISIL on 16 Oct 2016 ('today's news')."),
    "re3d-state-08": ("dev", None, "URL 2016/10; exact day not verified."),
    "re3d-state-11": ("dev", None, "URL 2015/08; exact day not verified."),
    "re3d-state-13": ("dev", None, "URL 2015/12; exact day not verified."),
    "re3d-state-17": ("dev", None, "URL 2016/07; before the 21 July 2016 meeting it announces."),
    "re3d-eu-02": (
        "dev",
        "2017-01-10",
        "The second round of talks began in the second week of January 2017; a catalogue entry of this EEAS item gives 10/01/2017 (medium confidence).",
    ),
}

PD_LICENCE = "public domain (work of the US federal government)"

# id: split, outlet, published, published_note
PD_DOCS = {
    # ---- test
    "pd-centcom-three-raids-eastern-syria": (
        "test",
        "U.S. Central Command (centcom.mil)",
        "2022-12-20",
        "Page: 'Press Release | Dec. 20, 2022', Release Number 20221220-1.",
    ),
    "pd-centcom-houthi-strikes-2024-01-16": (
        "test",
        "U.S. Central Command (centcom.mil)",
        "2024-01-16",
        "Page: 'Press Release | Jan. 16, 2024', Release Number 20240116-02.",
    ),
    "pd-dod-airstrikes-syria-uav-attack": (
        "test",
        "U.S. Department of Defense (defense.gov release)",
        "2023-03-23",
        "Not on the mirror page; the release was issued late on Thursday 23 Mar 2023 (dated press reports of that day quote it).",
    ),
    "pd-dod-austin-gallant-hostages-call": (
        "test",
        "U.S. Department of Defense (defense.gov release)",
        "2023-11-25",
        "Not on the stored page; inferred from 'a group of hostages released yesterday': the first release under the Qatar/Egypt-brokered deal was on 24 Nov 2023 (medium confidence).",
    ),
    "pd-dodnews-russian-buildup-ukraine-border": (
        "test",
        "DOD News (defense.gov)",
        None,
        "Not on the stored page (mid-2014, Col. Steve Warren as Pentagon spokesman).",
    ),
    "pd-dodnews-airstrike-al-qaida-idlib": (
        "test",
        "DOD News (defense.gov)",
        "2017-01-20",
        "Dateline 'WASHINGTON, Jan. 20, 2017'.",
    ),
    "pd-state-wad-al-noura-condemnation": (
        "test",
        "U.S. Department of State",
        None,
        "Not on the mirror pages (June 2024, after the 5 June attack).",
    ),
    # ---- dev
    "pd-centcom-update-2024-06-23": (
        "dev",
        "U.S. Central Command (centcom.mil)",
        "2024-06-23",
        "Page: 'Press Release | June 23, 2024', Release Number 20240623 - 01.",
    ),
    "pd-centcom-mosul-dam-airstrikes-2014": (
        "dev",
        "U.S. Central Command (centcom.mil)",
        "2014-08-19",
        "Page: 'NEWS | Aug. 19, 2014', Release #20140823.",
    ),
    "pd-dod-austin-gallant-call-2023-10-07": (
        "dev",
        "U.S. Department of Defense (defense.gov release)",
        "2023-10-07",
        "Date of the mirror page; the call is about the Hamas attack of that day.",
    ),
    "pd-dod-austin-gallant-call-2023-05-10": (
        "dev",
        "U.S. Department of Defense (defense.gov release)",
        "2023-05-10",
        "Page: 'May 10, 2023 |'.",
    ),
    "pd-dod-defensive-precision-strike-syria": (
        "dev",
        "U.S. Department of Defense (defense.gov release)",
        "2021-02-25",
        "Not on the stored page; the strikes 'earlier this evening' were those of 25 Feb 2021 on the Abu Kamal border point.",
    ),
    "pd-dod-kirby-mosul-dam-2014": (
        "dev",
        "U.S. Department of Defense (defense.gov release)",
        "2014-08-18",
        "Page: 'Aug. 18, 2014'.",
    ),
    "pd-dodnews-clear-message-iranian-backed-groups": (
        "dev",
        "DOD News (defense.gov)",
        "2022-08-25",
        "Page: 'Aug. 25, 2022 | BY Jim Garamone , DOD News'.",
    ),
    "pd-voa-us-advisers-kyiv-embassy": (
        "dev",
        "Voice of America (voanews.com)",
        "2024-04-22",
        "Not on the copy; 'told VOA Monday' after the House vote 'on Saturday' (20 Apr 2024), and the webjosh copy's id 1713800382 is a Unix time of Monday 22 Apr 2024.",
    ),
    "pd-voa-sdf-is-clashes-hasaka-prison": (
        "dev",
        "Voice of America (voanews.com)",
        "2022-01-23",
        "Copy's address 'voacorr-2022-01-23'; 'told VOA Sunday' (23 Jan 2022 is a Sunday).",
    ),
    "pd-voa-cooper-ukraine-training-urgency": (
        "dev",
        "Voice of America (voanews.com)",
        "2022-12-15",
        "Not on the copy; 'told VOA Thursday' as the Pentagon announced the expanded training in Germany (Ryder's briefing of Thursday 15 Dec 2022).",
    ),
    "pd-voa-carter-stuttgart-russia-talks": (
        "dev",
        "Voice of America (voanews.com)",
        "2015-06-04",
        "Not on the stored page; inferred (medium confidence): Carter's meeting at U.S. European Command in Stuttgart 'on Friday' was on Friday 5 Jun 2015, and the cut-off paragraph cites 'a Pentagon briefing Thursday'.",
    ),
    "pd-voa-is-sdf-clash-prison-break": (
        "dev",
        "Voice of America (voanews.com)",
        "2022-01-21",
        "Not on the copy; 'told reporters Friday', 'a second day' after the attack of late Thursday 20 Jan 2022 (the earlier copy's photos are dated Jan. 21, 2022).",
    ),
    "pd-state-blinken-burhan-call": (
        "dev",
        "U.S. Department of State",
        "2024-05-28",
        "allAfrica copy: '28 May 2024 United States Department of State (Washington, DC)'.",
    ),
    "pd-state-blinken-faki-call": ("dev", "U.S. Department of State", None, "Not on the stored page (2023)."),
    "pd-state-blinken-kuleba-call": (
        "dev",
        "U.S. Department of State (U.S. Embassy Georgia site)",
        "2022-02-28",
        "Page: 'February 28, 2022'.",
    ),
}


def normalise_breaks(text: str) -> str:
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    paras: list[str] = []
    for line in lines:
        if not line:
            continue
        if paras and line[0].islower():
            paras[-1] += " " + line  # a break inside a sentence
        else:
            paras.append(line)
    return "\n\n".join(paras)


def re3d_record(gid: str) -> dict:
    _, key, num = gid.split("-")
    subset, outlet, licence = SUBSETS[key]
    with open(RE3D / subset / "documents.json", encoding="utf-8") as fh:
        rec = json.loads(fh.readlines()[int(num) - 1])
    split, published, note = RE3D_DOCS[gid]
    return {
        "id": gid,
        "title": rec["title"].strip(),
        "outlet": outlet,
        "published": published,
        "source": f"{rec['sourceUrl']} via re3d (dstl/re3d @ {RE3D_COMMIT}), {subset}/documents.json _id={rec['_id']}",
        "licence": licence,
        "text": normalise_breaks(rec["text"]),
        "_split": split,
        "_meta": {
            "published_note": note,
            "text_note": "re3d document text; only paragraph breaks normalised to blank lines (eval/gold/conflict/build_texts.py).",
        },
    }


def pd_record(gid: str) -> dict:
    raw = (HERE / "pd_src" / f"{gid}.txt").read_text(encoding="utf-8")
    head, body = raw.split("\n=====\n", 1)
    fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    split, outlet, published, note = PD_DOCS[gid]
    paras = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return {
        "id": gid,
        "title": fields["TITLE"],
        "outlet": outlet,
        "published": published,
        "source": fields["URL"],
        "licence": PD_LICENCE,
        "text": "\n\n".join(paras),
        "_split": split,
        "_meta": {"published_note": note, "source_header": head},
    }


def record(gid: str) -> dict:
    return re3d_record(gid) if gid.startswith("re3d-") else pd_record(gid)


def all_ids() -> list[str]:
    return list(RE3D_DOCS) + list(PD_DOCS)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--print"]:
        print(record(argv[1])["text"])
        return 0
    create = set(argv[1:]) if argv[:1] == ["--create"] else set()
    bad = 0
    for gid in all_ids():
        rec = record(gid)
        path = GOLD / rec["_split"] / f"{gid}.json"
        if path.exists():
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc["text"] != rec["text"]:
                print(f"{path}: text differs from the built text")
                bad += 1
            continue
        if gid not in create:
            continue
        skeleton = {k: v for k, v in rec.items() if not k.startswith("_")}
        skeleton.update(
            {
                "statements": [],
                "quantities": [],
                "places": [],
                "dates": [],
                "events": [],
                "meta": rec["_meta"],
            }
        )
        path.write_text(json.dumps(skeleton, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"created {path}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
