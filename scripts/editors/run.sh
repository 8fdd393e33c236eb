#!/usr/bin/env bash
# Runs the Brieflint language server in real non-VS Code editors (issue 18): Neovim
# (scripts/editors/neovim-check.lua) and Emacs + eglot (scripts/editors/eglot-check.el). Each
# opens a `.txt' and a `.md' draft and passes only when `reporter-unknown' is reported. An editor
# that is not installed is skipped with a message; every other failure fails the run. Each editor
# gets at most BRIEFLINT_EDITOR_LIMIT_S seconds (default 60). Needs a built repository (`out/`).
# Run: npm run test:editors (or bash scripts/editors/run.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."
limit="${BRIEFLINT_EDITOR_LIMIT_S:-60}"
export BRIEFLINT_EDITOR_TIMEOUT_MS="${BRIEFLINT_EDITOR_TIMEOUT_MS:-20000}"

if [ ! -f out/server/src/cli.js ]; then
  echo "editors: out/server/src/cli.js is missing: run npm run build first" >&2
  exit 2
fi

status=0
ran=0
run_one() { # name, command...
  local name="$1"; shift
  local started=$SECONDS
  echo "== $name"
  timeout --kill-after=5 "$limit" "$@" </dev/null
  local code=$?
  if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
    echo "editors: $name did not finish within ${limit}s" >&2
  fi
  echo "== $name: exit $code in $((SECONDS - started))s"
  [ "$code" -eq 0 ] || status=1
  ran=$((ran + 1))
}

if command -v nvim >/dev/null 2>&1; then
  run_one "neovim ($(nvim --version | head -n1))" \
    nvim --headless -u NONE -i NONE -c 'luafile scripts/editors/neovim-check.lua'
else
  echo "editors: SKIP neovim: nvim is not installed (apt-get install neovim)"
fi

if command -v emacs >/dev/null 2>&1; then
  if emacs -q --batch --eval '(progn (package-initialize) (require (quote eglot)))' >/dev/null 2>&1; then
    run_one "emacs + eglot ($(emacs --version | head -n1))" \
      emacs -q --batch -l scripts/editors/eglot-check.el
  else
    echo "editors: SKIP emacs: eglot is not installed (apt-get install elpa-eglot)"
  fi
else
  echo "editors: SKIP emacs: emacs is not installed (apt-get install emacs-nox elpa-eglot)"
fi

if [ "$ran" -eq 0 ]; then
  echo "editors: no editor installed, nothing run"
else
  echo "editors: $ran editor(s) run, $([ "$status" -eq 0 ] && echo all passed || echo FAILED)"
fi
exit "$status"
