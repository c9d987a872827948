
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'httpcode' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'httpcode'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'httpcode' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Constants in these languages')
            [CompletionResult]::new('--vendor', '--vendor', [CompletionResultType]::ParameterName, 'Only this vendor''s meanings')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables, or one line per item')
            [CompletionResult]::new('--example', '--example', [CompletionResultType]::ParameterName, 'Print a raw response for the code')
            [CompletionResult]::new('--problem', '--problem', [CompletionResultType]::ParameterName, 'With --example: an RFC 9457 body')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the code''s section online')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List status codes, all or one class')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Decision table between codes people confuse')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a method, or a code in long form')
            [CompletionResult]::new('methods', 'methods', [CompletionResultType]::ParameterValue, 'Table of the registered HTTP methods')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Which status code should my server return?')
            [CompletionResult]::new('header', 'header', [CompletionResultType]::ParameterValue, 'A header field, or every field')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check HTTP responses against the RFCs')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'httpcode;list' {
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Only codes whose client behaviour is this kind')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Only codes whose record names this header field (any letter case)')
            [CompletionResult]::new('--vendor', '--vendor', [CompletionResultType]::ParameterName, 'Only the codes this vendor gives a meaning to, registered or not (cloudflare, nginx...)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables, or one line per item')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Constants in these languages')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such')
            [CompletionResult]::new('--unofficial', '--unofficial', [CompletionResultType]::ParameterName, 'Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such')
            [CompletionResult]::new('--cacheable', '--cacheable', [CompletionResultType]::ParameterName, 'Only codes heuristically cacheable by default (RFC 9110 §15.1)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;compare' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;explain' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'A request method, case-sensitive as in RFC 9110 §9.1 (GET, PATCH, PROPFIND…)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Constants in these languages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;methods' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables, or one line per item')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;decide' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Print the whole tree as an outline: every question, its answers and where they lead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;header' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables, or one line per item')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;check' {
            [CompletionResult]::new('--har', '--har', [CompletionResultType]::ParameterName, 'Read this HAR 1.2 file (JSON input is recognised as HAR without it)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'The request method, for responses whose request the input does not show (curl -v output shows it)')
            [CompletionResult]::new('--min-level', '--min-level', [CompletionResultType]::ParameterName, 'Show only findings at this level or more serious, in text and JSON alike (the totals and the exit status still count every finding)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Count warnings as errors for the exit status (for CI)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the summary line; the exit status is the same')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the summary line; the exit status is the same')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON, for scripts')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (--help: in full)')
            break
        }
        'httpcode;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List status codes, all or one class')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Decision table between codes people confuse')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a method, or a code in long form')
            [CompletionResult]::new('methods', 'methods', [CompletionResultType]::ParameterValue, 'Table of the registered HTTP methods')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Which status code should my server return?')
            [CompletionResult]::new('header', 'header', [CompletionResultType]::ParameterValue, 'A header field, or every field')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check HTTP responses against the RFCs')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'httpcode;help;list' {
            break
        }
        'httpcode;help;compare' {
            break
        }
        'httpcode;help;explain' {
            break
        }
        'httpcode;help;methods' {
            break
        }
        'httpcode;help;decide' {
            break
        }
        'httpcode;help;header' {
            break
        }
        'httpcode;help;check' {
            break
        }
        'httpcode;help;completions' {
            break
        }
        'httpcode;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
