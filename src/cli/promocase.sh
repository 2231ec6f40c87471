#!/usr/bin/env sh
# The `promocase` command (copied to dist/promocase by the build): runs dist/promocase.js with Node.
#
# Why a shell script first: Node 20 reads and parses every certificate named by NODE_EXTRA_CA_CERTS
# as it starts, before any JavaScript runs, whether or not the program opens a TLS connection
# (nodejs/node#40524). Workplaces that inspect TLS set it for everyone; on such a machine it costs
# every command 60-90 ms, more than the rest of a `promocase log`. promocase reaches the network only
# for a PostgreSQL server, so the variable is set aside unless a database URL is given (--database or
# DATABASE_URL), and handed back to the programs promocase starts (your $EDITOR): see promocase.ts.

# The folder of a path ("." for a bare name, as in `sh promocase`).
folder() {
  case $1 in
    */*) printf '%s\n' "${1%/*}" ;;
    *) printf '.\n' ;;
  esac
}

self=$0
# npm links the command from node_modules/.bin: follow the links to find the package.
while [ -L "$self" ]; do
  link=$(readlink -- "$self") || break
  case $link in
    /*) self=$link ;;
    *) self=$(folder "$self")/$link ;;
  esac
done

if [ -n "${NODE_EXTRA_CA_CERTS-}" ] && [ -z "${DATABASE_URL-}" ]; then
  remote=no
  for arg in "$@"; do
    case $arg in
      --database | --database=*) remote=yes ;;
    esac
  done
  if [ "$remote" = no ]; then
    PROMOCASE_NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS
    export PROMOCASE_NODE_EXTRA_CA_CERTS
    unset NODE_EXTRA_CA_CERTS
  fi
fi

exec node "$(folder "$self")/promocase.js" "$@"
