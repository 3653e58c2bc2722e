export declare const CONTENT_SCRIPT_MAX_KB: number;
export declare const SIZE_BUDGETS_KB: Record<string, { file: string; maxKb: number } | { html: string; maxKb: number }>;
export declare function htmlAssets(dir: string, html: string): string[];
