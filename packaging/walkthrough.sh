#!/bin/sh
# One TOIL life on the local database, through lieuctl: a demo organisation on first start, then a
# timesheet with overtime, its approval, a leave, and the balances after each step.
set -eu
lieuctl=$1
"$lieuctl" init
db_has_people=$("$lieuctl" employee list | wc -l)
if [ "$db_has_people" -eq 0 ]; then
    "$lieuctl" demo
fi
today=$(date +%F)
monday=$(date -d "$today -$(( $(date +%u) - 1 )) days" +%F)
last_monday=$(date -d "$monday -7 days" +%F)
last_sunday=$(date -d "$monday -1 days" +%F)
wed=$(date -d "$last_monday +2 days" +%F)
echo
echo "== Ella's balance before =="
"$lieuctl" --as ella balance EMP-0003
echo
echo "== Ella logs 2.5 non-billable hours of release work last week and sends the timesheet =="
id=$("$lieuctl" --as ella --json timesheet create EMP-0003 --from "$last_monday" --to "$last_sunday" \
      --log "$wed,8,billable,Client delivery" --log "$wed,2.5,non-billable,Release night,Deploy 4.2" \
      | sed 's/.*"id":"\([^"]*\)".*/\1/') || { echo "(Ella already has hours logged for last week)"; id=""; }
if [ -n "$id" ]; then
    "$lieuctl" --as ella timesheet send "$id"
    echo
    echo "== Sam, her supervisor, approves it: a TOIL lot is created =="
    "$lieuctl" --as sam timesheet approve "$id"
    "$lieuctl" timesheet show "$id"
fi
echo
echo "== Ella's balance after =="
"$lieuctl" --as ella balance EMP-0003
echo
echo "== The daily expiry and the weekly reminders, and the deployment checks =="
"$lieuctl" expire
"$lieuctl" remind
"$lieuctl" doctor || true
