/// <reference types="vite/client" />
/// <reference types="@crxjs/vite-plugin/client" />
declare const __FP_E2E__: boolean;
