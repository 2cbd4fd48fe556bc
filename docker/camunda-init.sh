#!/bin/sh
# Creates the Tasklist users and OPD candidate groups of the demo province in a Camunda 8.8
# orchestration cluster through its REST API (v2). Existing users, groups and memberships
# (409 Conflict) are left as they are, so this can run on every start.
#   CAMUNDA_REST_URL        e.g. http://camunda:8080
#   CAMUNDA_ADMIN_USER / CAMUNDA_ADMIN_PASSWORD   an admin of the cluster (basic auth)
#   DEMO_USER_PASSWORD      password of the created users
set -eu
: "${CAMUNDA_REST_URL:?}" "${CAMUNDA_ADMIN_USER:?}" "${CAMUNDA_ADMIN_PASSWORD:?}"
PASSWORD="${DEMO_USER_PASSWORD:-tanggap}"

call() { # method path json -> fails on anything but 2xx or 409
  status=$(curl -s -o /tmp/camunda-init.out -w '%{http_code}' -X "$1" -u "$CAMUNDA_ADMIN_USER:$CAMUNDA_ADMIN_PASSWORD" \
    -H 'Content-Type: application/json' ${3:+--data "$3"} "$CAMUNDA_REST_URL/v2$2")
  case "$status" in
    2*|409) echo "$1 $2 -> $status" ;;
    *) echo "$1 $2 -> $status: $(cat /tmp/camunda-init.out)" >&2; exit 1 ;;
  esac
}

# OPD code : group name
for entry in "dpupr:Dinas PUPR" "bpbd:BPBD" "dlhk:Dinas LHK" "dishub:Dinas Perhubungan" "dikes:Dinas Kesehatan" \
             "dikbud:Dinas Dikbud" "dinsos:Dinas Sosial" "inspektorat:Inspektorat" "diskominfotik:Diskominfotik"; do
  opd="${entry%%:*}"; name="${entry#*:}"
  call POST /groups "{\"groupId\":\"opd-$opd\",\"name\":\"$name\",\"description\":\"Petugas $name yang menanggapi aduan\"}"
  call POST /users "{\"username\":\"$opd\",\"password\":\"$PASSWORD\",\"name\":\"Operator $name\",\"email\":\"$opd@ntbprov.example\"}"
  call PUT "/groups/opd-$opd/users/$opd"
done
echo "Tasklist users and OPD groups are in place"
