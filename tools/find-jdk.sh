# Sourced by ./minigo and ./run-tests: sets JAVA_HOME to a JDK >= 25 (java and javac), looking at
# JAVA_HOME, PATH and /usr/lib/jvm in that order, or explains what to install and exits 1.
minigo_need_jdk=25

minigo_java_version() { # the version (25.0.3) of the java binary $1, or nothing
    # A JDK's release file says it without starting a JVM (tens of ms on every launch); /usr/bin/java
    # is usually a link into a JDK that has one (readlink is the one process this starts). The file
    # is read with bash builtins: each fork costs a launch about 2 ms.
    local j=$1 line
    [ -L "$j" ] && j=$(readlink -f "$j")
    if [ -f "${j%/*}/../release" ]; then
        while IFS= read -r line; do
            case $line in
                JAVA_VERSION=\"[0-9]*) line=${line#JAVA_VERSION=\"}; echo "${line%%\"*}"; return ;;
            esac
        done <"${j%/*}/../release"
    fi
    "$1" -version 2>&1 | sed -n 's/.* version "\([0-9.]*\)".*/\1/p' | head -n 1
}

minigo_java_major() { # the major version of the java binary $1, or nothing
    local v
    v=$(minigo_java_version "$1")
    echo "${v%%.*}"
}

minigo_find_java() {
    local cands=() j v d
    [ -n "${JAVA_HOME:-}" ] && cands+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && cands+=("$(command -v java)")
    for d in /usr/lib/jvm/*/ /opt/java/*/ /opt/*jdk*/; do
        [ -x "$d/bin/java" ] && cands+=("$d/bin/java")
    done
    for j in "${cands[@]}"; do
        [ -x "$j" ] || continue
        v=$(minigo_java_major "$j")
        if [ -n "$v" ] && [ "$v" -ge "$minigo_need_jdk" ] && [ -x "${j%/*}/javac" ]; then
            echo "$j"
            return 0
        fi
    done
    return 1
}

if ! minigo_java=$(minigo_find_java); then
    cat >&2 <<MSG
minigo: needs a JDK $minigo_need_jdk or newer (java and javac), and found none in JAVA_HOME, on PATH
or under /usr/lib/jvm. Install one, for example Temurin $minigo_need_jdk (https://adoptium.net, or
the temurin-$minigo_need_jdk-jdk package from Adoptium's apt repository), and set JAVA_HOME to it.
MSG
    exit 1
fi
JAVA_HOME=$(cd "${minigo_java%/*}/.." && pwd)
export JAVA_HOME
