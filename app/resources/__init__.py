"""Files the desktop client reads at run time (compiled translations); package data, no code.

Why a package: `importlib.resources` finds it the same way in a `pip install .` and in the
PyInstaller bundle, so nothing depends on where the source tree is.
"""
