
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
            cand --lang 'Constants in these languages'
            cand --vendor 'Only this vendor''s meanings'
            cand --color 'When to use colour'
            cand --format 'Tables, or one line per item'
            cand --example 'Print a raw response for the code'
            cand --problem 'With --example: an RFC 9457 body'
            cand --open 'Open the code''s section online'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List status codes, all or one class'
            cand compare 'Decision table between codes people confuse'
            cand explain 'Explain a method, or a code in long form'
            cand methods 'Table of the registered HTTP methods'
            cand decide 'Which status code should my server return?'
            cand header 'A header field, or every field'
            cand check 'Check HTTP responses against the RFCs'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'httpcode;list'= {
            cand --retry 'Only codes whose client behaviour is this kind'
            cand --header 'Only codes whose record names this header field (any letter case)'
            cand --vendor 'Only the codes this vendor gives a meaning to, registered or not (cloudflare, nginx...)'
            cand --color 'When to use colour'
            cand --format 'Tables, or one line per item'
            cand --lang 'Constants in these languages'
            cand --all 'Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such'
            cand --unofficial 'Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such'
            cand --cacheable 'Only codes heuristically cacheable by default (RFC 9110 §15.1)'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;compare'= {
            cand --color 'When to use colour'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;explain'= {
            cand --method 'A request method, case-sensitive as in RFC 9110 §9.1 (GET, PATCH, PROPFIND…)'
            cand --color 'When to use colour'
            cand --lang 'Constants in these languages'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;methods'= {
            cand --color 'When to use colour'
            cand --format 'Tables, or one line per item'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;decide'= {
            cand --color 'When to use colour'
            cand --tree 'Print the whole tree as an outline: every question, its answers and where they lead'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;header'= {
            cand --color 'When to use colour'
            cand --format 'Tables, or one line per item'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;check'= {
            cand --har 'Read this HAR 1.2 file (JSON input is recognised as HAR without it)'
            cand --method 'The request method, for responses whose request the input does not show (curl -v output shows it)'
            cand --min-level 'Show only findings at this level or more serious, in text and JSON alike (the totals and the exit status still count every finding)'
            cand --color 'When to use colour'
            cand --strict 'Count warnings as errors for the exit status (for CI)'
            cand -q 'Print only the summary line; the exit status is the same'
            cand --quiet 'Print only the summary line; the exit status is the same'
            cand --json 'Print JSON, for scripts'
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;completions'= {
            cand -h 'Print help (--help: in full)'
            cand --help 'Print help (--help: in full)'
        }
        &'httpcode;help'= {
            cand list 'List status codes, all or one class'
            cand compare 'Decision table between codes people confuse'
            cand explain 'Explain a method, or a code in long form'
            cand methods 'Table of the registered HTTP methods'
            cand decide 'Which status code should my server return?'
            cand header 'A header field, or every field'
            cand check 'Check HTTP responses against the RFCs'
            cand completions 'Print a shell completion script'
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
