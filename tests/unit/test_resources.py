"""Cardfile's own files are found from a source checkout, an installed wheel and the bundle; preferences read back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cardfile import preferences, resources

ROOT = Path(__file__).resolve().parents[2]


def test_from_a_source_checkout_the_repository_resources_are_used() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert (resources.icons_dir() / "cardfile.svg").is_file()
    assert (resources.store_migrations() / "env.py").is_file()
    assert (resources.server_migrations() / "env.py").is_file()


def test_a_bundle_uses_its_own_folder_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.translations_dir() == tmp_path / "resources" / "translations"


def test_an_installed_wheel_uses_share_cardfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "share" / "cardfile" / "icons").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path / "site-packages" / "cardfile")
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    assert resources.resources_dir() == tmp_path / "share" / "cardfile"


def test_missing_resources_name_every_place_looked_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path / "lib" / "cardfile")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    with pytest.raises(FileNotFoundError) as missing:
        resources.resources_dir()
    assert str(tmp_path / "prefix" / "share" / "cardfile") in str(missing.value)


def test_every_translation_source_is_a_listed_language() -> None:
    sources = {p.stem.removeprefix("cardfile_") for p in (ROOT / "resources" / "translations").glob("*.ts")}
    assert sources <= {resources.SOURCE_LANGUAGE, *resources.LANGUAGES}, (
        "add the language to resources.LANGUAGES (the bundle takes Qt's too)"
    )


def test_the_packaging_files_name_the_desktop_id() -> None:
    desktop = (ROOT / "resources" / f"{resources.DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    metainfo = (ROOT / "resources" / f"{resources.DESKTOP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert "Exec=cardfile" in desktop and "Icon=cardfile" in desktop
    assert f"<id>{resources.DESKTOP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{resources.DESKTOP_ID}.desktop</launchable>' in metainfo


def test_the_language_follows_cardfile_lang_then_the_preferences_file(cardfile_home: Path) -> None:
    assert preferences.chosen_language({}) is None
    preferences.set_language("fa")
    assert preferences.chosen_language({}) == "fa"
    assert preferences.chosen_language({"CARDFILE_LANG": "ja_JP.UTF-8"}) == "ja_JP"
    assert preferences.chosen_language({"CARDFILE_LANG": "pt-BR"}) == "pt_BR"
    assert preferences.chosen_language({"CARDFILE_LANG": "system"}) is None
    preferences.set_language(None)
    assert preferences.chosen_language({}) is None
    assert "language = system" in preferences.preferences_file().read_text(encoding="utf-8")


@pytest.mark.parametrize("content", [b"\xff\xfe not text", b"[interface\nlanguage = fa", b"[interface]\nlanguage=<b>"])
def test_a_damaged_preferences_file_never_stops_the_app(cardfile_home: Path, content: bytes) -> None:
    path = preferences.preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert preferences.chosen_language({}) is None
    preferences.set_language("ru")  # and choosing a language again replaces it with a good one
    assert preferences.chosen_language({}) == "ru"
