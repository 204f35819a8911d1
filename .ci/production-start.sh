#!/usr/bin/env bash
# The production install as an IT office makes it: a copy of the committed files, `npm ci --omit=dev` (no
# test or build-only packages), then `npm start` with `/ayuda` piped in, on a new data folder. Passes when the
# bot answers in Spanish. Usage: .ci/production-start.sh [node binary dir to put first on PATH]
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git ls-files -z | xargs -0 cp --parents -t "$work" 2>/dev/null || { echo "could not copy the committed files"; exit 1; }
cp package.json package-lock.json "$work"/   # the working tree's, when it differs from the last commit
cd "$work" || exit 1
npm ci --omit=dev --no-audit --no-fund >npm-ci.log 2>&1 || { tail -n 30 npm-ci.log; exit 1; }
# (typescript is not in the list: @prisma/client and prisma bring it as their own peer dependency)
for dev in vitest eslint typescript-eslint @prisma/schema-engine-wasm; do
  if [ -e "node_modules/$dev" ]; then echo "$dev was installed by npm ci --omit=dev"; exit 1; fi
done
out=$(printf '/ayuda\n' | DATA_DIR="$work/data" TELEGRAM_BOT_TOKEN= SLACK_BOT_TOKEN= DATABASE_URL= timeout 180 npm start 2>&1)
status=$?
printf '%s\n' "$out" | tail -n 12
if [ "$status" -ne 0 ]; then echo "npm start exited with $status"; exit 1; fi
if ! printf '%s' "$out" | grep -q "Soy Pasco Educa Bot"; then echo "no Spanish greeting in the answer to /ayuda"; exit 1; fi
if printf '%s' "$out" | grep -q "running the sources with tsx"; then echo "npm start could not build src/ with esbuild"; exit 1; fi
echo "production install: npm ci --omit=dev && npm start answered /ayuda in Spanish"
