# The package `urllib`: its submodules `urllib.request`, `urllib.parse` and
# `urllib.error` are frozen modules of their own (see frozen.rs).
