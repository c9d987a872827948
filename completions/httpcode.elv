
use builtin;
use str;

set edit:completion:arg-completer[httpcode] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'httpcode'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'httpcode'= {
            cand --lang 'Show the code''s constant in these languages (repeatable, or comma-separated)'
            cand --vendor 'Only this vendor''s unofficial meanings (cloudflare, nginx, aws...), in any case'
            cand --color 'When to use colour [default: auto]'
            cand --format 'Tables and cards, or one tab-separated line per item (codes, methods, header fields) [default: table]'
            cand --example 'Print a minimal, correct raw HTTP/1.1 response for the code'
            cand --problem 'With --example: give the body as RFC 9457 problem details (application/problem+json)'
            cand --open 'Open the code''s specification section (or its vendor''s page) in the browser'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List status codes, all or one class (registered ones; --all adds unofficial codes)'
            cand compare 'Decision table between codes people confuse (405 or 501? 401 or 403?)'
            cand explain 'Explain a method (--method PATCH): its flags, and what a server answers when it does not support it; or a status code in long form'
            cand methods 'Table of the registered HTTP methods with their safe, idempotent and cacheable flags'
            cand decide 'Which status code should my server return? A few cited questions about the situation'
            cand header 'A header field (case-insensitive): its section, what it carries, and the codes that use it; without a name, every field'
            cand check 'Check HTTP responses (curl -i, -I, -D - or -v output, or a HAR file) against the RFCs: missing and malformed header fields, framing, content where none is allowed'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'httpcode;list'= {
            cand --retry 'Only codes whose client behaviour is this kind'
            cand --header 'Only codes whose record names this header field (any letter case)'
            cand --vendor 'Only the codes this vendor gives a meaning to, registered or not (cloudflare, nginx...)'
            cand --color 'When to use colour [default: auto]'
            cand --format 'Tables and cards, or one tab-separated line per item (codes, methods, header fields) [default: table]'
            cand --lang 'Show the code''s constant in these languages (repeatable, or comma-separated)'
            cand --all 'Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such'
            cand --unofficial 'Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such'
            cand --cacheable 'Only codes heuristically cacheable by default (RFC 9110 §15.1)'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'httpcode;compare'= {
            cand --color 'When to use colour [default: auto]'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'httpcode;explain'= {
            cand --method 'A request method, case-sensitive as in RFC 9110 §9.1 (GET, PATCH, PROPFIND…)'
            cand --color 'When to use colour [default: auto]'
            cand --lang 'Show the code''s constant in these languages (repeatable, or comma-separated)'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'httpcode;methods'= {
            cand --color 'When to use colour [default: auto]'
            cand --format 'Tables and cards, or one tab-separated line per item (codes, methods, header fields) [default: table]'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'httpcode;decide'= {
            cand --color 'When to use colour [default: auto]'
            cand --tree 'Print the whole tree as an outline: every question, its answers and where they lead'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'httpcode;header'= {
            cand --color 'When to use colour [default: auto]'
            cand --format 'Tables and cards, or one tab-separated line per item (codes, methods, header fields) [default: table]'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'httpcode;check'= {
            cand --har 'Read this HAR 1.2 file (JSON input is recognised as HAR without it)'
            cand --method 'The request method, for responses whose request the input does not show (curl -v output shows it)'
            cand --min-level 'Show only findings at this level or more serious, in text and JSON alike (the totals and the exit status still count every finding)'
            cand --color 'When to use colour [default: auto]'
            cand --strict 'Count warnings as errors for the exit status (for CI)'
            cand -q 'Print only the summary line; the exit status is the same'
            cand --quiet 'Print only the summary line; the exit status is the same'
            cand --json 'Print JSON instead of text, for scripts'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'httpcode;completions'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'httpcode;help'= {
            cand list 'List status codes, all or one class (registered ones; --all adds unofficial codes)'
            cand compare 'Decision table between codes people confuse (405 or 501? 401 or 403?)'
            cand explain 'Explain a method (--method PATCH): its flags, and what a server answers when it does not support it; or a status code in long form'
            cand methods 'Table of the registered HTTP methods with their safe, idempotent and cacheable flags'
            cand decide 'Which status code should my server return? A few cited questions about the situation'
            cand header 'A header field (case-insensitive): its section, what it carries, and the codes that use it; without a name, every field'
            cand check 'Check HTTP responses (curl -i, -I, -D - or -v output, or a HAR file) against the RFCs: missing and malformed header fields, framing, content where none is allowed'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'httpcode;help;list'= {
        }
        &'httpcode;help;compare'= {
        }
        &'httpcode;help;explain'= {
        }
        &'httpcode;help;methods'= {
        }
        &'httpcode;help;decide'= {
        }
        &'httpcode;help;header'= {
        }
        &'httpcode;help;check'= {
        }
        &'httpcode;help;completions'= {
        }
        &'httpcode;help;help'= {
        }
    ]
    $completions[$command]
}
