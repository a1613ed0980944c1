#!/usr/bin/env bash
# The result store's contract suite against Debian's PostgreSQL server, not only the embedded
# one `mvn verify` starts: installs Debian's `postgresql` on first use, starts a cluster of its
# own on a loopback port as a non-root user, with password logins read from a pgpass file (as a
# provider's server would ask), runs PostgresStoreTest and PostgresProcessesTest against it,
# then the instructor's round trip through the launcher with --db postgresql://... and
# `db copy` of a store up to the server and back with equal digests (the demo's store when given,
# else the round trip's). Fails when the suite was skipped or did not reach this server.
# Run from anywhere: bash .ci/postgres.sh [DEMO-STORE.db]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo_store=${1:-}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing Debian's postgresql..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
test -x "$bin/initdb" || { echo "postgres.sh: no initdb under /usr/lib/postgresql after the install" >&2; exit 1; }

# PostgreSQL refuses to run as root: under root the cluster belongs to Debian's postgres user.
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner=$(id -un)
  as_owner() { "$@"; }
fi

work=$(mktemp -d)
data="$work/data"
port=${SECUREBASE_PG_PORT:-55432}
user=securebase
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" > "$work/pwfile"
chown -R "$owner" "$work"
chmod 700 "$work"
stop() {
  as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$work/pwfile" --auth-local=trust \
  --auth-host=scram-sha-256 --no-sync >/dev/null
as_owner "$bin/pg_ctl" -D "$data" -l "$work/server.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
echo "postgres.sh: $("$bin/postgres" --version) on 127.0.0.1:$port, logins by password"

# The password reaches SecureBase the way a provider's would: a pgpass file, owner-only.
pgpass=$(mktemp)
trap 'stop; rm -f "$pgpass"' EXIT
chmod 600 "$pgpass"
printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$user" "$password" > "$pgpass"
export PGPASSFILE="$pgpass"
unset PGPASSWORD
server="postgresql://127.0.0.1:$port/postgres?user=$user"

mvn -q -B -pl quiz-engine -am verify -Dtest='PostgresStoreTest,PostgresProcessesTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsecurebase.test.postgres="$server"

for suite in PostgresStoreTest PostgresProcessesTest; do
  report=quiz-engine/target/surefire-reports/TEST-org.securebase.quiz.store.$suite.xml
  test -f "$report" || { echo "postgres.sh: no report of $suite: it did not run" >&2; exit 1; }
  tests=$(grep -o 'tests="[0-9]*"' "$report" | head -1 | tr -dc 0-9)
  skipped=$(grep -o 'skipped="[0-9]*"' "$report" | head -1 | tr -dc 0-9)
  if [ "${tests:-0}" -eq 0 ] || [ "${skipped:-0}" -ne 0 ]; then
    echo "postgres.sh: $suite was skipped (tests=$tests skipped=$skipped)" >&2
    exit 1
  fi
  echo "postgres.sh: $suite: $tests tests passed"
done
made=$(as_owner "$bin/psql" -h "$work" -p "$port" -U "$user" -d postgres -Atc \
  "SELECT count(*) FROM pg_database WHERE datname LIKE 'sb_test_%'")
[ "$made" -gt 0 ] || { echo "postgres.sh: the suite made no database on this server: it ran elsewhere" >&2; exit 1; }
echo "postgres.sh: the suite made $made databases on Debian's server"

# The instructor's round trip of .ci/run on this server: build, import paper answers, analyse, re-key, check.
as_owner "$bin/createdb" -h "$work" -p "$port" -U "$user" roundtrip
db="postgresql://127.0.0.1:$port/roundtrip?user=$user"
quiz=$(./securebase --db "$db" quiz build attachment-foundations-check | sed -n 's/^quiz \([^ ]*\).*/\1/p' | head -n 1)
[ -n "$quiz" ] || { echo "postgres.sh: quiz build printed no quiz id" >&2; exit 1; }
./securebase --db "$db" import docs/examples/responses.csv --quiz "$quiz"
./securebase --db "$db" stats "$quiz" | head -n 8
./securebase --db "$db" rescore "$quiz" --void "$(sed -n '2p' docs/examples/responses.csv | cut -d, -f9)" --reason "CI check"
./securebase --db "$db" db check
./securebase --db "$db" db backup "$work/roundtrip.dump" | grep -q "backed up to"

# db copy: a file store up to the server and back down, the digests equal all the way.
if [ -z "$demo_store" ]; then
  ./securebase demo --out "$work/demo" >/dev/null
  demo_store="$work/demo/demo.db"
fi
as_owner "$bin/createdb" -h "$work" -p "$port" -U "$user" copied
up=$(./securebase db copy --from "$demo_store" --to "postgresql://127.0.0.1:$port/copied?user=$user")
down=$(./securebase db copy --from "postgresql://127.0.0.1:$port/copied?user=$user" --to "$work/back.db")
[ "$(grep sha256 <<<"$up")" = "$(grep sha256 <<<"$down")" ] \
  || { echo "postgres.sh: the digests differ after the round trip"; echo "$up"; echo "$down"; exit 1; } >&2
echo "$up" | tail -n 1

# The rest of the round trip on the server, over the demo's results copied up: the gradebook, a
# certificate verified against the store, and a trainee's data rights (export, erase, verify after).
copied="postgresql://127.0.0.1:$port/copied?user=$user"
sql() { as_owner "$bin/psql" -h "$work" -p "$port" -U "$user" -d copied -Atc "$1"; }
post_test=$(sql "SELECT id FROM quiz WHERE id LIKE 'attachment-workshop-post-test-%'")
[ -n "$post_test" ] || { echo "postgres.sh: the demo's post-test is not in the copied store" >&2; exit 1; }
./securebase --db "$copied" gradebook --quiz "$post_test" --out "$work/server-gradebook.xlsx"
test -s "$work/server-gradebook.xlsx"
pdf=$(ls "$(dirname "$demo_store")"/certificates/*.pdf | head -n 1)
number=$(basename "$pdf" | cut -d- -f1-3)
IFS='|' read -r code trainee < <(sql "SELECT lookup_code, trainee_id FROM certificate WHERE number = '$number'")
[ -n "$trainee" ] || { echo "postgres.sh: certificate $number is not in the copied store" >&2; exit 1; }
./securebase --db "$demo_store" keys export --out "$work/sponsor-key.pem" >/dev/null
./securebase --db "$copied" verify --public-key "$work/sponsor-key.pem" "$pdf" | grep -q '^VALID'
./securebase --db "$copied" trainee export "$trainee" --out "$work/export" >/dev/null
test -s "$work/export/trainee.json" && ls "$work/export"/report-*.pdf >/dev/null
./securebase --db "$copied" trainee erase "$trainee" --reason "CI check of an erasure" --yes
set +e
lookup=$(./securebase --db "$copied" verify "$number" "$code")
lookup_code=$?
set -e
[ "$lookup_code" -eq 1 ] && grep -q '^ERASED' <<<"$lookup" \
  || { echo "postgres.sh: verify after the erasure answered ($lookup_code): $lookup" >&2; exit 1; }
[ "$(sql "SELECT count(*) FROM trainee WHERE id = '$trainee'")" = 0 ] \
  || { echo "postgres.sh: trainee $trainee is still in the store after the erasure" >&2; exit 1; }
./securebase --db "$copied" verify --public-key "$work/sponsor-key.pem" "$pdf" | grep -q '^VALID'
./securebase --db "$copied" db check
echo "postgres.sh: gradebook, verify, trainee export and erase passed on the server"
echo "postgres.sh: passed"
