"""NOTICE covers everything that ships; icons, .desktop, Info.plist and Inno Setup files are well formed."""

from __future__ import annotations

import configparser
import plistlib
import re
import struct

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

NOTICE = (ROOT / "NOTICE").read_text(encoding="utf-8")
DVV = "Contains name data from the Digital and Population Data Services Agency (DVV), CC BY 4.0."


def _norm(text: str) -> str:
    return re.sub(r"[-_.\s]+", "-", text.lower())


def test_notice_names_every_bundled_distribution(rules):
    notice = _norm(NOTICE)
    aliases = {"pyside6-essentials": "pyside6"}
    missing = [d for d in rules.runtime_distributions()
               if aliases.get(_norm(d), _norm(d)) not in notice]
    assert not missing, f"add these to NOTICE: {missing}"


@pytest.mark.parametrize("phrase", [
    DVV, "LGPL-3.0", "SQLCipher", "SQLAlchemy", "cryptography", "keyring", "Faker", "MIT licence",
    "phonenumbers", "Apache License 2.0", "httpx", "BSD 3-Clause", "truststore", "platformdirs",
    "Alembic", "SIL Open Font License 1.1", "PSF", "OpenSSL",
])
def test_notice_carries_the_required_notices(phrase):
    assert phrase in NOTICE


def test_the_dvv_attribution_is_on_one_line():
    assert any(DVV in line for line in NOTICE.splitlines())


def test_every_shipped_font_is_in_the_notice():
    fonts = sorted((ROOT / "resources" / "fonts").glob("*.[ot]tf"))
    assert fonts
    for font in fonts:
        family = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", font.stem.split("-")[0])  # NotoSans -> Noto Sans
        assert family in NOTICE, font.name


def test_adaptive_card_schema_notice_when_the_schema_ships(rules):
    shipped = [src for src, _ in rules.data_files(ROOT) if src.endswith(".json")]
    schemas = [s for s in shipped if "adaptivecards.io/schemas" in open(s, encoding="utf-8").read()]  # noqa: SIM115
    if schemas:
        assert "Adaptive Card" in NOTICE and "MIT" in NOTICE
    else:
        assert not [s for s in shipped if "adaptive" in s.lower()]


def test_licence_texts_ship():
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        text = (PACKAGING / "licenses" / name).read_text(encoding="utf-8")
        assert "GNU" in text and "Version 3" in text


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(PACKAGING / "coachdesk.desktop", encoding="utf-8")
    de = entry["Desktop Entry"]
    assert de["Type"] == "Application" and de["Name"] == "CoachDesk"
    assert de["Exec"].startswith("CoachDesk") and de["Icon"] == "coachdesk"
    assert de["Terminal"] == "false" and de["Categories"].endswith(";")
    # the app sets QGuiApplication.setDesktopFileName("coachdesk"): Wayland matches the file by that name
    assert "setDesktopFileName(\"coachdesk\")" in (ROOT / "coachdesk" / "app" / "main.py").read_text(encoding="utf-8")


def test_info_plist_snippet():
    info = plistlib.loads((PACKAGING / "Info.plist.snippet").read_bytes())
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z0-9-]+)+", info["CFBundleIdentifier"])
    assert info["NSHighResolutionCapable"] is True
    assert set(info["CFBundleLocalizations"]) == {"fi", "sv", "en"}


def test_inno_setup_template():
    iss = (PACKAGING / "coachdesk.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    assert "{#AppVersion}" in iss and "recursesubdirs" in iss
    assert 'MessagesFile: "compiler:Languages\\Finnish.isl"' in iss
    assert "..\\icons\\app\\coachdesk.ico" in iss


def test_spec_uses_no_upx_and_both_executables():
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert "upx=True" not in spec and spec.count("upx=False") >= 3
    assert "console=False" in spec and "console=True" in spec
    assert "bundle_rules.GUI_EXE" in spec and "bundle_rules.CLI_EXE" in spec
    assert spec.index("gui_exe,\n    cli_exe,") < spec.index("BUNDLE(")  # the .app's executable is the GUI
    assert 'info["LSBackgroundOnly"] = False' in spec


ICONS = ROOT / "resources" / "icons" / "app"


def _png_size(blob: bytes) -> tuple[int, int]:
    assert blob[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", blob[16:24])


def test_png_icons_have_their_sizes():
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        assert _png_size((ICONS / f"coachdesk-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_16_to_256():
    data = (ICONS / "coachdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h, _c, _r, _planes, _bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        real = _png_size(data[offset:offset + length])
        assert real == ((w or 256), (h or 256))
        sizes.add(real[0])
    assert {16, 32, 48, 256} <= sizes


def test_icns_is_well_formed():
    data = (ICONS / "coachdesk.icns").read_bytes()
    magic, total = struct.unpack(">4sI", data[:8])
    assert magic == b"icns" and total == len(data)
    pos, kinds = 8, {}
    while pos < len(data):
        kind, length = struct.unpack(">4sI", data[pos:pos + 8])
        kinds[kind] = _png_size(data[pos + 8: pos + length])[0]
        pos += length
    assert pos == len(data)
    assert kinds[b"ic07"] == 128 and kinds[b"ic08"] == 256 and kinds[b"ic10"] == 1024


def test_icon_drawing_is_opaque_in_the_middle_and_transparent_in_the_corner(qapp):
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_icons", ICONS / "generate_icons.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for size in (16, 256):
        img = gen.draw(size)
        assert (img.width(), img.height()) == (size, size)
        assert img.pixelColor(size // 2, size // 2).alpha() == 255
        assert img.pixelColor(0, 0).alpha() == 0
    assert gen.ico_bytes({16: gen.png_bytes(gen.draw(16))})[:6] == struct.pack("<HHH", 0, 1, 1)


def test_smoke_sample_has_the_details_the_check_looks_for(smoke):
    assert all(secret in smoke.SAMPLE for secret in smoke.SAMPLE_SECRETS)
    assert smoke.MAX_UNPACKED_MB == 250 and smoke.MAX_COMPRESSED_MB == 100 and smoke.MAX_START_S == 1.0
