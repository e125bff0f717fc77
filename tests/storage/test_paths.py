import pytest

from app.storage import paths


def test_profiles_live_under_the_platform_data_folder():
    folder = paths.profile_dir("default")
    assert folder.parent.parent == paths.data_root() and folder.name == "default"
    assert "hmis-intake" in str(paths.data_root())


@pytest.mark.parametrize("name", ["", "../escape", "a/b", ".hidden", "x" * 65, "name with space"])
def test_profile_names_that_could_escape_or_confuse_are_refused(name, tmp_path):
    with pytest.raises(ValueError):
        paths.profile_dir(name, root=tmp_path)


def test_private_dir_is_owner_only(tmp_path):
    folder = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert folder.stat().st_mode & 0o777 == 0o700
