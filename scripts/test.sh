#!/usr/bin/env bash
# Runs every test (unit and integration) with a JDK >= 21 found on this machine. The README's test command.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/java-env.sh"
cd "$root"
exec ./mvnw -B verify "$@"
