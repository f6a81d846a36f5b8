"""sitrep's benchmark and load-test tooling: a source checkout's, not the installed package's."""
