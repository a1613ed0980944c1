#!/usr/bin/env bash
# Checks that read SecureBase's outputs with other programs. Called by .ci/run with the
# folder of ../shared/checks as its argument.
set -euo pipefail
checks=$1
echo "(no external checks yet)"
