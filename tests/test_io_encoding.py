"""Encodings with real bytes: UTF-8 (+BOM), UTF-16 (BOM), CP1252 / Latin-1 spreadsheet exports, stated."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from analyzer.io import DumpReader, detect_encoding, read_comments
from analyzer.records import CommentIn

FIX = Path(__file__).parent / "fixtures" / "io"
ROWS = ["comment_id,text,author", "1,¡Qué guapa! Me encantó 😍,lucía", '2,"Año nuevo, señor",íñigo']
SPANISH = ["¡Qué guapa! Me encantó", "Año nuevo, señor"]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    f = tmp_path / name
    f.write_bytes(data)
    return f


def texts(path: Path, **kw) -> list[str]:
    return [c.text for c in read_comments(path, **kw) if isinstance(c, CommentIn)]


def opener(path: Path):
    return lambda: open(path, "rb")


def csv_bytes(encoding: str, rows: list[str] = ROWS, newline: str = "\n") -> bytes:
    text = newline.join(rows) + newline
    return text.encode(encoding)


def test_utf8_with_and_without_bom(tmp_path):
    plain = write(tmp_path, "plain.csv", csv_bytes("utf-8"))
    bom = write(tmp_path, "bom.csv", codecs.BOM_UTF8 + csv_bytes("utf-8"))
    assert texts(plain) == texts(bom) == ["¡Qué guapa! Me encantó 😍", "Año nuevo, señor"]
    assert detect_encoding(opener(bom)).name == "utf-8-sig"
    # without BOM handling the header's first column would read "\ufeffcomment_id" and the ids be generated
    assert [c.comment_id for c in read_comments(bom)] == ["1", "2"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    f = write(tmp_path, "u16.csv", bom + csv_bytes(codec, newline="\r\n"))
    assert texts(f) == ["¡Qué guapa! Me encantó 😍", "Año nuevo, señor"]
    reader = DumpReader(f)
    list(reader.comments())
    assert reader.stats.files[0].encoding == "utf-16"
    # QA: stating the codec (--encoding utf-16le) kept the BOM as U+FEFF before the first header: no text column
    stated = [(c.comment_id, c.text) for c in DumpReader(f, encoding=codec[:-3] + codec[-2:]).comments()]
    assert stated == [("1", "¡Qué guapa! Me encantó 😍"), ("2", "Año nuevo, señor")]  # not "\ufeffcomment_id"


def test_utf16_json_export(tmp_path):
    # e.g. a platform response saved with PowerShell's Out-File: UTF-16 LE with BOM
    data = (FIX / "tiktok_comments.json").read_text(encoding="utf-8")
    f = write(tmp_path, "tt.json", data.encode("utf-16"))
    assert texts(f)[0] == "Esos tacos se ven increíbles 🌮🔥"


def test_cp1252_spreadsheet_export_fixture():
    # ";"-delimited, CRLF, CP1252 with “ ” — € (bytes 0x93 0x94 0x97 0x80, undefined or C1 in Latin-1)
    raw = (FIX / "excel_es_cp1252.csv").read_bytes()
    assert b"\x93" in raw and b"\x80" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert texts(FIX / "excel_es_cp1252.csv") == [
        "¡Qué guapa estás! Me encantó el vídeo",
        "“Perfecto” para el verano — 10€",
        "Año nuevo, señor",
    ]
    assert [c.author for c in read_comments(FIX / "excel_es_cp1252.csv")] == ["lucía", "josé", "íñigo"]


def test_latin1_file_is_not_decoded_as_cp1250(tmp_path):
    # charset-normalizer alone guesses cp1250 here, which would turn "ñ" into "ń"
    rows = ["comment_id,text", "1,¡Qué guapa! Me encantó", '2,"Año nuevo, señor"']
    f = write(tmp_path, "l1.csv", csv_bytes("latin-1", rows))
    assert texts(f) == SPANISH
    assert detect_encoding(opener(f)).name in ("cp1252", "latin-1")


def test_late_non_ascii_byte_is_found_by_the_full_scan(tmp_path):
    # 2 MB of ASCII, then one Latin-1 "ñ": a head-only UTF-8 check would accept the file as UTF-8
    rows = ["comment_id,text"] + [f"{i},{'plain ascii comment ' * 50}" for i in range(2100)] + ["last,mañana"]
    f = write(tmp_path, "late.csv", csv_bytes("latin-1", rows))
    assert f.stat().st_size > 2_000_000
    enc = detect_encoding(opener(f))
    assert (enc.name, enc.reason) == ("cp1252", "cp1252-fallback")
    *_, last = read_comments(f)
    assert last.text == "mañana"


def test_latin1_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path):
    rows = ["comment_id,text", "1,señal \x81 rara"]
    f = write(tmp_path, "l1x.csv", csv_bytes("latin-1", rows))
    enc = detect_encoding(opener(f))
    assert (enc.name, enc.reason) == ("latin-1", "latin-1-fallback")
    assert texts(f) == ["señal \x81 rara"]


def test_non_latin_legacy_encoding_uses_charset_normalizer(tmp_path):
    rows = ["comment_id,text", '1,"Привет, как дела у тебя сегодня?"', '2,"Очень хорошо, спасибо большое"']
    f = write(tmp_path, "ru.csv", csv_bytes("cp1251", rows))
    enc = detect_encoding(opener(f))
    assert enc.reason == "charset-normalizer" and codecs.lookup(enc.name).name == "cp1251"
    assert texts(f)[0] == "Привет, как дела у тебя сегодня?"


def test_stated_encoding_wins_and_replaces_bad_bytes(tmp_path):
    f = write(tmp_path, "s.csv", csv_bytes("latin-1", ["comment_id,text", "1,señor"]))
    assert texts(f, encoding="latin-1") == ["señor"]
    assert texts(f, encoding="utf-8") == ["se\ufffdor"]  # stated wrongly: replacement char, no crash
    bom = write(tmp_path, "b.csv", codecs.BOM_UTF8 + csv_bytes("utf-8", ["comment_id,text", "1,sí"]))
    assert [c.comment_id for c in read_comments(bom, encoding="utf-8")] == ["1"]  # BOM still stripped
    # QA: the garbling was silent; the run now says where and how to fix it
    reader = DumpReader(f, encoding="utf-8")
    list(reader.comments())
    (note,) = reader.stats.files[0].notes
    assert re.search(r"not valid utf-8 \(first at byte \d+\)", note) and "Leave --encoding out" in note
    right = DumpReader(f, encoding="latin-1")
    list(right.comments())
    assert right.stats.files[0].notes == []


def test_a_missing_text_column_under_a_stated_encoding_says_so(tmp_path):
    """QA: a UTF-8 file read with --encoding utf-16 failed with "no 'text' column (columns are: '整瑸…')" and no word
    of the encoding; detected, the same mistake in the header says nothing of it."""
    from analyzer.io import InputError

    f = write(tmp_path, "u.csv", csv_bytes("utf-8", ["text,likes", "hola,3"]))
    with pytest.raises(InputError, match="read as utf-16.*leave --encoding out"):
        list(read_comments(f, encoding="utf-16"))
    g = write(tmp_path, "g.csv", csv_bytes("utf-8", ["texto_mal,likes", "hola,3"]))
    with pytest.raises(InputError) as err:
        list(read_comments(g))
    assert "no 'text' column" in str(err.value) and "encoding" not in str(err.value)


def test_a_folder_of_txt_files_says_they_are_skipped_and_how_to_read_one(tmp_path):
    from analyzer.io import InputError

    (tmp_path / "dumps").mkdir()
    (tmp_path / "dumps" / "dump.txt").write_text("hola\nqué rico\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.txt files are skipped as notes \(dump\.txt\): name a \.txt dump"):
        list(read_comments(tmp_path / "dumps"))
    assert len(list(read_comments(tmp_path / "dumps" / "dump.txt"))) == 2


def test_jsonl_in_cp1252(tmp_path):
    line = json.dumps({"comment_id": "1", "text": "“Genial” 10€"}, ensure_ascii=False)
    f = write(tmp_path, "w.jsonl", (line + "\n").encode("cp1252"))
    assert texts(f) == ["“Genial” 10€"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_sniffed(tmp_path, codec):
    """Some Windows tools write UTF-16 with no BOM; every other byte of ASCII-range text is then NUL."""
    f = write(tmp_path, "nobom.csv", csv_bytes(codec))
    assert detect_encoding(opener(f)).name == codec
    assert texts(f) == ["¡Qué guapa! Me encantó 😍", "Año nuevo, señor"]
    reader = DumpReader(f)
    list(reader.comments())
    assert reader.stats.files[0].encoding == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("pad", [4089, 4090, 4091])
def test_utf16_without_bom_whose_sniffed_head_ends_inside_an_emoji(tmp_path, codec, pad):
    """QA: an emoji (a surrogate pair, 4 bytes) across byte 8,192 made the head undecodable, so the file was read as
    cp1252 ("no 'text' column: 't\x00e\x00x\x00t\x00'") or refused as binary data; one more letter and it read."""
    body = "a" * pad + "😍"
    f = write(tmp_path, "nobom.csv", f"text\n{body}\nhola\n".encode(codec))
    assert detect_encoding(opener(f)).name == codec
    assert texts(f) == [body, "hola"]


def test_binary_file_is_refused_with_its_name_and_a_stray_nul_is_not(tmp_path):
    import random

    from analyzer.io import InputError

    rng = random.Random(7)
    junk = write(tmp_path, "export.csv", bytes(rng.randrange(256) for _ in range(3000)))  # e.g. a renamed .xls
    with pytest.raises(InputError, match=r"export\.csv: not a text file"):
        list(read_comments(junk))
    zipped = write(tmp_path, "zipped.csv", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(500)))
    with pytest.raises(InputError, match="not a text file"):
        list(read_comments(zipped))
    stray = write(tmp_path, "stray.csv", b"text\nhola\x00 amigo\nbien\n")
    assert texts(stray) == ["hola\ufffd amigo", "bien"]  # read, the NUL repaired (PostgreSQL refuses it)


def test_utf8_text_full_of_control_characters_is_still_text(tmp_path):
    """Found by the writer round-trip property: comments may hold control characters, and our CSV writer keeps
    them; valid UTF-8 is never refused as binary."""
    f = write(tmp_path, "ctl.csv", csv_bytes("utf-8", ["text"] + ['"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f ok"'] * 3))
    assert texts(f) == ["\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f ok"] * 3


@pytest.mark.parametrize("name", ["d.jsonl", "d.csv"])
def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path, name):
    """QA: two stray bytes in one line made a whole UTF-8 file Latin-1: "qué" became "quÃ©", "José" "JosÃ©"
    (2,761 of 5,863 texts of one file corrupted), without a word."""
    good = ["qué bonito 😍 señor", "canción éxito", "María José"]
    if name.endswith(".jsonl"):
        lines = [json.dumps({"comment_id": str(i), "text": t}, ensure_ascii=False).encode() for i, t in enumerate(good)]
        lines.insert(1, b'{"comment_id": "x", "text": "broken \xe9 and \xff here"}')
    else:
        lines = [b"comment_id,text"] + [f"{i},{t}".encode() for i, t in enumerate(good)]
        lines.insert(2, b"x,broken \xe9 and \xff here")
    f = write(tmp_path, name, b"\n".join(lines) + b"\n")
    reader = DumpReader(f)
    texts = {c.comment_id: c.text for c in reader.comments()}
    assert [texts[str(i)] for i in range(3)] == good and texts["x"] == "broken \ufffd and \ufffd here"
    st = reader.stats.files[0]
    assert st.encoding == "utf-8" and "mostly UTF-8, but 2 bytes are not valid UTF-8" in st.notes[0]
