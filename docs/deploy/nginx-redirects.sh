#!/bin/sh
# Turns the build's redirect list (dist/_redirects: "/old/ /new/ 301" per line) into a map file
# for nginx ("/old/ /new/;" per line), read by the `map` block of docs/deploy/nginx.conf.
# Usage: sh docs/deploy/nginx-redirects.sh dist/_redirects /etc/nginx/echelon-redirects.map
set -eu
awk 'NF >= 2 && substr($1, 1, 1) == "/" { print $1 " " $2 ";" }' "$1" > "$2"
