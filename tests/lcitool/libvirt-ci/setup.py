# FIXME: Drop this file for good when setuptools v64.0.3 [1] becomes widely
# available. We only need this file to support editable installs which
# setuptools added in v64.0.0 by implementing PEP 660 [2]. It is recommended
# to go with setuptools >v64.0.3 as it fixes some bugs in v64.0.0 in this area.
# [1] https://setuptools.pypa.io/en/latest/history.html#v64-0-3
# [2] https://peps.python.org/pep-0660/
from setuptools import setup

setup()
