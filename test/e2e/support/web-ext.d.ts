// The parts of web-ext's node API our tests use (the package ships no types).
declare module 'web-ext' {
  interface LintMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
  }
  interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  interface ExtensionRunner {
    exit(): Promise<void>;
  }
  export const cmd: {
    lint(
      params: { sourceDir: string; output?: 'text' | 'json' | 'none'; selfHosted?: boolean; warningsAsErrors?: boolean },
      options: { shouldExitProgram: boolean },
    ): Promise<LintResult>;
    run(
      params: {
        sourceDir: string;
        firefox?: string;
        args?: string[];
        startUrl?: string[];
        noReload?: boolean;
        noInput?: boolean;
        browserConsole?: boolean;
        target?: string[];
        pref?: Record<string, string | number | boolean>;
      },
      options: { shouldExitProgram: boolean },
    ): Promise<ExtensionRunner>;
  };
}
