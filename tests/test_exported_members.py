import re
import types

import readouts


def test_all_is_sorted_and_complete() -> None:
    public = {
        name
        for name in dir(readouts)
        if not name.startswith("_") and name != "annotations" and not isinstance(getattr(readouts, name), types.ModuleType)
    }
    assert readouts.__all__ == sorted(readouts.__all__)
    assert set(readouts.__all__) - {"__version__"} == public


def test_every_export_is_documented() -> None:
    for name in readouts.__all__:
        obj = getattr(readouts, name)
        if callable(obj):
            assert obj.__doc__, name


def test_every_exception_is_exported_and_in_the_documented_tree() -> None:
    from readouts import _exceptions

    tree = _exceptions.__doc__ or ""
    for name in _exceptions.__all__:
        cls = getattr(readouts, name)
        assert issubclass(cls, readouts.ReadoutsError), name
        assert name in readouts.__all__ and re.search(rf"(?m)^[\s│├└─]*{name}\b", tree), name
    assert issubclass(readouts.ParseTimeoutError, readouts.ReadoutsError)
    assert "ParseTimeoutError" in readouts.__all__
