_httpcode() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="httpcode"
                ;;
            httpcode,check)
                cmd="httpcode__subcmd__check"
                ;;
            httpcode,compare)
                cmd="httpcode__subcmd__compare"
                ;;
            httpcode,completions)
                cmd="httpcode__subcmd__completions"
                ;;
            httpcode,decide)
                cmd="httpcode__subcmd__decide"
                ;;
            httpcode,explain)
                cmd="httpcode__subcmd__explain"
                ;;
            httpcode,header)
                cmd="httpcode__subcmd__header"
                ;;
            httpcode,help)
                cmd="httpcode__subcmd__help"
                ;;
            httpcode,list)
                cmd="httpcode__subcmd__list"
                ;;
            httpcode,methods)
                cmd="httpcode__subcmd__methods"
                ;;
            httpcode__subcmd__help,check)
                cmd="httpcode__subcmd__help__subcmd__check"
                ;;
            httpcode__subcmd__help,compare)
                cmd="httpcode__subcmd__help__subcmd__compare"
                ;;
            httpcode__subcmd__help,completions)
                cmd="httpcode__subcmd__help__subcmd__completions"
                ;;
            httpcode__subcmd__help,decide)
                cmd="httpcode__subcmd__help__subcmd__decide"
                ;;
            httpcode__subcmd__help,explain)
                cmd="httpcode__subcmd__help__subcmd__explain"
                ;;
            httpcode__subcmd__help,header)
                cmd="httpcode__subcmd__help__subcmd__header"
                ;;
            httpcode__subcmd__help,help)
                cmd="httpcode__subcmd__help__subcmd__help"
                ;;
            httpcode__subcmd__help,list)
                cmd="httpcode__subcmd__help__subcmd__list"
                ;;
            httpcode__subcmd__help,methods)
                cmd="httpcode__subcmd__help__subcmd__methods"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        httpcode)
            opts="-h -V --example --problem --lang --open --vendor --json --color --format --help --version 100 101 102 103 104 200 201 202 203 204 205 206 207 208 218 226 299 300 301 302 303 304 305 306 307 308 400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 418 419 420 421 422 423 424 425 426 428 429 431 440 444 449 451 460 463 464 494 495 496 497 498 499 500 501 502 503 504 505 506 507 508 509 510 511 520 521 522 523 524 525 526 529 530 531 532 533 534 535 536 537 538 539 540 541 542 543 544 545 546 547 548 549 561 598 599 list compare explain methods decide header check completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "python go rust java spring dotnet node rack symfony starlette drf aspnetcore servlet ktor plug" -- "${cur}"))
                    return 0
                    ;;
                --vendor)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table oneline" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            [[ " ${COMP_WORDS[*]:1:COMP_CWORD-1}" == *\ [0-9]* ]] && opts="${opts% list compare explain methods decide header check completions help}"
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__check)
            opts="-q -h --har --method --strict --min-level --quiet --json --color --help"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --har)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --method)
                    COMPREPLY=($(compgen -W "ACL BASELINE-CONTROL BIND CHECKIN CHECKOUT CONNECT COPY DELETE GET HEAD LABEL LINK LOCK MERGE MKACTIVITY MKCALENDAR MKCOL MKREDIRECTREF MKWORKSPACE MOVE OPTIONS ORDERPATCH PATCH POST PRI PROPFIND PROPPATCH PUT QUERY REBIND REPORT SEARCH TRACE UNBIND UNCHECKOUT UNLINK UNLOCK UPDATE UPDATEREDIRECTREF VERSION-CONTROL" -- "${cur}"))
                    return 0
                    ;;
                --min-level)
                    COMPREPLY=($(compgen -W "note warning error" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=($(compgen -f -- "${cur}"))
            return 0
            ;;
        httpcode__subcmd__compare)
            opts="-h --json --color --help 100 101 102 103 104 200 201 202 203 204 205 206 207 208 218 226 299 300 301 302 303 304 305 306 307 308 400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 418 419 420 421 422 423 424 425 426 428 429 431 440 444 449 451 460 463 464 494 495 496 497 498 499 500 501 502 503 504 505 506 507 508 509 510 511 520 521 522 523 524 525 526 529 530 531 532 533 534 535 536 537 538 539 540 541 542 543 544 545 546 547 548 549 561 598 599"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__completions)
            opts="-h --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__decide)
            opts="-h --tree --json --color --help outcome=interim outcome=success outcome=elsewhere outcome=condition outcome=refused outcome=failed interim=continue interim=switch interim=hints finished=yes finished=no created=yes created=no carries=whole carries=part carries=nothing carries=reset carries=per-item moved=other moved=same moved=choose permanent=yes permanent=no keep-method-permanent=yes keep-method-permanent=no keep-method-temporary=yes keep-method-temporary=no condition=current condition=stale-range condition=already-done condition=failed area=method area=credentials area=target area=format area=size area=content area=state area=range area=rate area=delivery area=payment method=unknown method=not-here method=allowed credentials=origin credentials=proxy credentials=network credentials=forbidden permission=yes permission=no target=missing target=gone target=legal target=wrong-server format=request format=response size=content size=uri size=headers syntax=yes syntax=no syntax=no-length semantics=invalid semantics=conflict semantics=nothing conflict=locked conflict=dependency conflict=needs-condition conflict=other delivery=slow delivery=protocol delivery=expect delivery=early-data server-trouble=yes server-trouble=no server-state=overload server-state=timeout server-state=bug server-state=unsupported server-state=version server-state=storage server-state=loop upstream=timeout upstream=invalid upstream=unavailable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__explain)
            opts="-h --method --json --color --lang --help 100 101 102 103 104 200 201 202 203 204 205 206 207 208 218 226 299 300 301 302 303 304 305 306 307 308 400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 418 419 420 421 422 423 424 425 426 428 429 431 440 444 449 451 460 463 464 494 495 496 497 498 499 500 501 502 503 504 505 506 507 508 509 510 511 520 521 522 523 524 525 526 529 530 531 532 533 534 535 536 537 538 539 540 541 542 543 544 545 546 547 548 549 561 598 599"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --method)
                    COMPREPLY=($(compgen -W "ACL BASELINE-CONTROL BIND CHECKIN CHECKOUT CONNECT COPY DELETE GET HEAD LABEL LINK LOCK MERGE MKACTIVITY MKCALENDAR MKCOL MKREDIRECTREF MKWORKSPACE MOVE OPTIONS ORDERPATCH PATCH POST PRI PROPFIND PROPPATCH PUT QUERY REBIND REPORT SEARCH TRACE UNBIND UNCHECKOUT UNLINK UNLOCK UPDATE UPDATEREDIRECTREF VERSION-CONTROL" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "python go rust java spring dotnet node rack symfony starlette drf aspnetcore servlet ktor plug" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__header)
            opts="-h --json --color --format --help Accept Accept-CH Accept-Encoding Accept-Patch Accept-Query Accept-Ranges Access-Control-Allow-Credentials Access-Control-Allow-Headers Access-Control-Allow-Methods Access-Control-Allow-Origin Access-Control-Expose-Headers Access-Control-Max-Age Age Allow Authentication-Info Authorization Cache-Control Cache-Groups Cache-Status CDN-Cache-Control Clear-Site-Data Connection Content-Disposition Content-Encoding Content-Language Content-Length Content-Location Content-MD5 Content-Range Content-Security-Policy Content-Type Cross-Origin-Embedder-Policy Cross-Origin-Opener-Policy Cross-Origin-Resource-Policy Date Deprecation ETag Expect Expect-CT Expires Host If-Match If-Modified-Since If-None-Match If-Range If-Unmodified-Since IM Last-Modified Link Location Max-Forwards Ms-Echo-Reply Ms-Echo-Request NEL P3P Permissions-Policy Pragma Proxy-Authenticate Proxy-Authorization Proxy-Status Public-Key-Pins Range Referrer-Policy Report-To Reporting-Endpoints Retry-After Sec-WebSocket-Accept Server Set-Cookie Speculation-Rules Strict-Transport-Security Sunset Surrogate-Control TE Trailer Transfer-Encoding Upgrade Upload-Offset Use-As-Dictionary User-Agent Vary Via Warning WWW-Authenticate X-Content-Type-Options X-Frame-Options X-XSS-Protection"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table oneline" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help)
            opts="list compare explain methods decide header check completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__compare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__decide)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__explain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__header)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__help__subcmd__methods)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__list)
            opts="-h --unofficial --all --cacheable --retry --header --vendor --json --color --format --help --lang 1xx 2xx 3xx 4xx 5xx"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --retry)
                    COMPREPLY=($(compgen -W "not-needed redirect no after-change after-delay after-user-action new-connection idempotent-only" -- "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vendor)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table oneline" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "python go rust java spring dotnet node rack symfony starlette drf aspnetcore servlet ktor plug" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        httpcode__subcmd__methods)
            opts="-h --json --color --format --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table oneline" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _httpcode -o nosort -o bashdefault -o default httpcode
else
    complete -F _httpcode -o bashdefault -o default httpcode
fi
