#!/usr/bin/env bash
# Install consilience and everything it needs on a fresh Debian machine with Python 3.11.
#   bash scripts/install.sh          # the tool
#   bash scripts/install.sh --test   # the tool, the test tools, Debian's Chromium for browser tests,
#                                    # Debian's PostgreSQL server for the team-store tests, and Spark
#   bash scripts/install.sh --spark  # the tool with Apache Spark (pyspark 4, Java 17 from Debian)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
extras=""
if [[ "${1:-}" == "--spark" ]]; then
  extras="[spark]"
fi
if [[ "${1:-}" == "--test" ]]; then
  extras="[test,bench,spark]"
  if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  fi
  # PostgreSQL server binaries for the team-store tests (each test session runs its own
  # throw-away cluster with initdb/pg_ctl; see README "The team store")
  if ! command -v initdb >/dev/null 2>&1 && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
fi
# --- spark (issue #13): Java 17 from Debian, only when no java is on the PATH
if [[ "$extras" == *spark* ]] && ! command -v java >/dev/null 2>&1; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
fi
# --- end spark
# torch first, pinned: the CPU wheel of exactly this version is on every machine here; any
# other version would pull gigabytes of CUDA packages.
$PY -m pip install -q torch==2.13.0
$PY -m pip install -q -e ".${extras}"
