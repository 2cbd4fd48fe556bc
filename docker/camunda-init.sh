#!/bin/sh
# Prepares a Camunda 8.8 orchestration cluster for Tanggap through its REST API (v2):
#  1. waits until the cluster is ready (readiness probe or /v2/topology), retrying;
#  2. with local users (basic auth, the demo stack): creates the candidate groups of bpmn/
#     (diskominfo, supervisors, kepala-diskominfotik, opd-<code> per OPD) plus operators, one
#     demo user per group, and the memberships. With OIDC the groups come from Keycloak's
#     `groups` claim instead (CAMUNDA_GROUPS_FROM_IDP=true) and none are created here;
#  3. creates the authorizations: the application's own client may deploy, start processes,
#     publish messages, activate/complete jobs and complete user tasks; every candidate group may
#     open Tasklist and work on user tasks; supervisors read Operate without write rights; only
#     operators may retry (UPDATE_PROCESS_INSTANCE) or cancel process instances.
# What exists already (409 Conflict) is left as it is, so this can run on every start. Connection
# errors, 5xx and 429 are retried; any other answer stops the script with the body on stderr.
#
#   CAMUNDA_REST_URL            e.g. http://camunda:8080
#   CAMUNDA_MANAGEMENT_URL      e.g. http://camunda:9600 (readiness); without it /v2/topology is polled
#   CAMUNDA_ADMIN_USER / CAMUNDA_ADMIN_PASSWORD          an admin of the cluster (basic auth), or
#   CAMUNDA_TOKEN_URL / CAMUNDA_CLIENT_ID / CAMUNDA_CLIENT_SECRET [/ CAMUNDA_AUDIENCE]
#                               an admin client (OAuth client credentials, e.g. Keycloak)
#   CAMUNDA_APP_OWNER_TYPE / CAMUNDA_APP_OWNER_ID        the application's identity (CLIENT tanggap-engine)
#   CAMUNDA_GROUPS_FROM_IDP     true: groups come from the identity provider, create none
#   DEMO_USER_PASSWORD          password of the demo users (basic auth only)
#   CAMUNDA_INIT_ATTEMPTS / CAMUNDA_INIT_PAUSE_SECONDS   retries (default 60) and pause (default 5 s)
set -eu
: "${CAMUNDA_REST_URL:?}" "${CAMUNDA_APP_OWNER_ID:?}"
APP_OWNER_TYPE="${CAMUNDA_APP_OWNER_TYPE:-CLIENT}"
GROUPS_FROM_IDP="${CAMUNDA_GROUPS_FROM_IDP:-false}"
ATTEMPTS="${CAMUNDA_INIT_ATTEMPTS:-60}"
PAUSE="${CAMUNDA_INIT_PAUSE_SECONDS:-5}"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
TOKEN=""

fetch_token() { # client credentials -> TOKEN; retried while the identity provider starts
  i=1
  while :; do
    status=$(curl -s -o "$OUT" -w '%{http_code}' -X POST "$CAMUNDA_TOKEN_URL" \
      --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$CAMUNDA_CLIENT_ID" \
      --data-urlencode "client_secret=$CAMUNDA_CLIENT_SECRET" ${CAMUNDA_AUDIENCE:+--data-urlencode "audience=$CAMUNDA_AUDIENCE"}) || status=000
    case "$status" in
      200) TOKEN=$(tr -d '\n' < "$OUT" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'); [ -n "$TOKEN" ] && return 0 ;;
      000|5*|429) ;;
      *) echo "token $CAMUNDA_TOKEN_URL -> $status: $(cat "$OUT")" >&2; exit 1 ;;
    esac
    [ "$i" -ge "$ATTEMPTS" ] && { echo "token $CAMUNDA_TOKEN_URL -> $status after $i attempts" >&2; exit 1; }
    i=$((i + 1)); sleep "$PAUSE"
  done
}

authcurl() {
  if [ -n "$TOKEN" ]; then curl -H "Authorization: Bearer $TOKEN" "$@"; else curl -u "$CAMUNDA_ADMIN_USER:$CAMUNDA_ADMIN_PASSWORD" "$@"; fi
}

wait_ready() {
  i=1
  while :; do
    if [ -n "${CAMUNDA_MANAGEMENT_URL:-}" ]; then
      status=$(curl -s -o "$OUT" -w '%{http_code}' "$CAMUNDA_MANAGEMENT_URL/actuator/health/readiness") || status=000
    else
      status=$(authcurl -s -o "$OUT" -w '%{http_code}' "$CAMUNDA_REST_URL/v2/topology") || status=000
    fi
    [ "$status" = 200 ] && { echo "cluster ready"; return 0; }
    [ "$i" -ge "$ATTEMPTS" ] && { echo "cluster not ready after $i attempts (last answer $status)" >&2; exit 1; }
    echo "cluster not ready yet ($status), attempt $i of $ATTEMPTS"
    i=$((i + 1)); sleep "$PAUSE"
  done
}

call() { # method path [json]: 2xx or 409 pass, connection errors/5xx/429 are retried, the rest fails
  i=1
  while :; do
    status=$(authcurl -s -o "$OUT" -w '%{http_code}' -X "$1" -H 'Content-Type: application/json' \
      ${3:+--data "$3"} "$CAMUNDA_REST_URL/v2$2") || status=000
    case "$status" in
      2*|409) echo "$1 $2 -> $status"; return 0 ;;
      000|5*|429) [ "$i" -ge "$ATTEMPTS" ] && { echo "$1 $2 -> $status after $i attempts: $(cat "$OUT")" >&2; exit 1; }
                  echo "$1 $2 -> $status, retrying"; i=$((i + 1)); sleep "$PAUSE" ;;
      *) echo "$1 $2 -> $status: $(cat "$OUT")" >&2; exit 1 ;;
    esac
  done
}

grant() { # ownerType ownerId resourceType resourceId permission...
  type="$1"; owner="$2"; resource="$3"; id="$4"; shift 4
  perms=""; for p in "$@"; do perms="$perms${perms:+,}\"$p\""; done
  call POST /authorizations "{\"ownerType\":\"$type\",\"ownerId\":\"$owner\",\"resourceType\":\"$resource\",\"resourceId\":\"$id\",\"permissionTypes\":[$perms]}"
}

if [ -n "${CAMUNDA_TOKEN_URL:-}" ]; then
  : "${CAMUNDA_CLIENT_ID:?}" "${CAMUNDA_CLIENT_SECRET:?}"
  fetch_token
else
  : "${CAMUNDA_ADMIN_USER:?}" "${CAMUNDA_ADMIN_PASSWORD:?}"
fi
wait_ready

# group id:name, one a line. The literal candidate groups of bpmn/, one opd-<code> per OPD of the
# province (KeycloakRealmTest derives the same list from bpmn/ and the demo OPDs), and operators.
ENTRIES="diskominfo:Diskominfotik (triase)
supervisors:Pengawas (Sekretariat Daerah)
kepala-diskominfotik:Kepala Diskominfotik
opd-dpupr:Dinas PUPR
opd-bpbd:BPBD
opd-dlhk:Dinas LHK
opd-dishub:Dinas Perhubungan
opd-dikes:Dinas Kesehatan
opd-dikbud:Dinas Dikbud
opd-dinsos:Dinas Sosial
opd-inspektorat:Inspektorat
opd-diskominfotik:Diskominfotik
operators:Operator platform"

if [ "$GROUPS_FROM_IDP" != true ]; then
  PASSWORD="${DEMO_USER_PASSWORD:?set DEMO_USER_PASSWORD for the demo users}"
  printf '%s\n' "$ENTRIES" | while IFS=: read -r group name; do
    [ -z "$group" ] && continue
    user="${group#opd-}"
    call POST /groups "{\"groupId\":\"$group\",\"name\":\"$name\",\"description\":\"Petugas $name yang menanggapi aduan\"}"
    call POST /users "{\"username\":\"$user\",\"password\":\"$PASSWORD\",\"name\":\"Petugas $name\",\"email\":\"$user@ntbprov.example\"}"
    call PUT "/groups/$group/users/$user"
  done
fi

# the application's client: deploy, start, messages, jobs (UPDATE_PROCESS_INSTANCE), user tasks, decisions
grant "$APP_OWNER_TYPE" "$CAMUNDA_APP_OWNER_ID" RESOURCE '*' CREATE READ
grant "$APP_OWNER_TYPE" "$CAMUNDA_APP_OWNER_ID" PROCESS_DEFINITION '*' CREATE_PROCESS_INSTANCE READ_PROCESS_DEFINITION \
  READ_PROCESS_INSTANCE UPDATE_PROCESS_INSTANCE READ_USER_TASK UPDATE_USER_TASK
grant "$APP_OWNER_TYPE" "$CAMUNDA_APP_OWNER_ID" DECISION_DEFINITION '*' CREATE_DECISION_INSTANCE READ_DECISION_DEFINITION
grant "$APP_OWNER_TYPE" "$CAMUNDA_APP_OWNER_ID" MESSAGE '*' CREATE

printf '%s\n' "$ENTRIES" | while IFS=: read -r group name; do
  case "$group" in
    '') ;;
    operators) # Operate with write rights: retry incidents, cancel instances; no Tasklist
      grant GROUP operators COMPONENT operate ACCESS
      grant GROUP operators PROCESS_DEFINITION '*' READ_PROCESS_DEFINITION READ_PROCESS_INSTANCE UPDATE_PROCESS_INSTANCE CANCEL_PROCESS_INSTANCE
      grant GROUP operators DECISION_DEFINITION '*' READ_DECISION_DEFINITION READ_DECISION_INSTANCE ;;
    supervisors) # Tasklist for their own tasks, Operate read-only
      grant GROUP supervisors COMPONENT tasklist ACCESS
      grant GROUP supervisors COMPONENT operate ACCESS
      grant GROUP supervisors PROCESS_DEFINITION '*' READ_PROCESS_DEFINITION READ_PROCESS_INSTANCE READ_USER_TASK UPDATE_USER_TASK
      grant GROUP supervisors DECISION_DEFINITION '*' READ_DECISION_DEFINITION READ_DECISION_INSTANCE ;;
    *) # candidate groups: Tasklist; which tasks they see is narrowed by the V1 user task access restrictions
      grant GROUP "$group" COMPONENT tasklist ACCESS
      grant GROUP "$group" PROCESS_DEFINITION '*' READ_PROCESS_DEFINITION READ_USER_TASK UPDATE_USER_TASK ;;
  esac
done
echo "Groups, users and authorizations are in place"
