// Generated from /api/v1/openapi.json by `npm run api-types`; do not edit by hand.
// @ts-nocheck: some generated value lists index through nullable objects, which tsc rejects.

export interface paths {
    "/api/v1/about": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this server serves: version, whether it is the demo, where the data lives */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description about this server */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["About"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company profiles promocase knows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description every company profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            companies: components["schemas"]["Company"][];
                        };
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company's levels, process, dimensions and evidence expectations (reported facts are labelled) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the company profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Company"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search entries, newest first */
        get: {
            parameters: {
                query?: {
                    competency?: string;
                    /** @description exclude (default), include or only deleted entries */
                    deleted?: "exclude" | "include" | "only";
                    kind?: "feature" | "incident" | "design" | "mentoring" | "tech-debt" | "process" | "other";
                    limit?: number;
                    project?: string;
                    /** @description full-text search over title, details, impact, project, people and tags */
                    q?: string;
                    since?: string;
                    tag?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the matching entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryList"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Log one entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the entry; title is required, the rest has defaults */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateEntryInput"];
                };
            };
            responses: {
                /** @description the created entry */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entry"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the body is not sent as application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry (deleted ones too) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entry"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such entry (or it belongs to someone else) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an entry (restorable) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the entry, now with deletedAt set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entry"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such entry (or it belongs to someone else) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description conflict with the current state (already deleted, profile not set up yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change some fields of an entry */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the fields to change (at least one) */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateEntryInput"];
                };
            };
            responses: {
                /** @description the updated entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entry"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such entry (or it belongs to someone else) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description conflict with the current state (already deleted, profile not set up yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the body is not sent as application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/entries/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back a deleted entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the restored entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entry"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such entry (or it belongs to someone else) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description conflict with the current state (already deleted, profile not set up yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log several entries at once (the Friday ritual): all of them or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the entries; errors name them as entries[i].field */
            requestBody: {
                content: {
                    "application/json": {
                        entries: components["schemas"]["CreateEntryInput"][];
                    };
                };
            };
            responses: {
                /** @description the created entries, in order */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryList"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the body is not sent as application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download all your data, as an attachment */
        get: {
            parameters: {
                query?: {
                    /** @description json (default: lossless, for import) or markdown (for reading) */
                    format?: "json" | "markdown";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the export document (JSON), or the work log (Markdown) with ?format=markdown */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExportDocument"];
                        "text/markdown": string;
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in framework and the imported ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the frameworks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            frameworks: components["schemas"]["FrameworkSummary"][];
                        };
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A whole framework: levels, competencies and every cell */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the framework */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such entry (or it belongs to someone else) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per competency, what changes between two levels */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description what each level adds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkDiff"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such entry (or it belongs to someone else) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a framework in promocase format (YAML by default) */
        get: {
            parameters: {
                query?: {
                    format?: "yaml" | "json";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the framework file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                        "application/yaml": string;
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such entry (or it belongs to someone else) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a framework file; nothing is stored unless all of it is valid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the file content, its name, and for FT/Monzo files which level is Senior */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FrameworkImport"];
                };
            };
            responses: {
                /** @description what was stored, and entries re-tagged or flagged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkImportReport"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description conflict with the current state (already deleted, profile not set up yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the body is not sent as application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness check; needs no token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the server is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an export document; safe to repeat (entries keep their ids, the newer side wins)
         * @description Bodies up to 100 MB. Validated whole before anything is written: all of it or none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description a document from GET /export */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExportDocument"];
                };
            };
            responses: {
                /** @description what was created, updated or left alone */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description conflict with the current state (already deleted, profile not set up yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the body is not sent as application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description conflict with the current state (already deleted, profile not set up yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set up or replace the whole profile (what `promocase init` does) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description name and levels are required */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SaveProfileInput"];
                };
            };
            responses: {
                /** @description the saved profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the body is not sent as application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some fields of the profile */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the fields to change */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateProfileInput"];
                };
            };
            responses: {
                /** @description the updated profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
                /** @description invalid input: `details` names each field and what it accepts */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description conflict with the current state (already deleted, profile not set up yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the body is not sent as application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/streak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The streak of weeks with at least one entry, and the weeks missed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the streak as of today */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeekStreak"];
                    };
                };
                /** @description missing or wrong access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description forbidden: a Host header that is not loopback, or a request from a page of another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        About: {
            /** @enum {string} */
            database: "sqlite" | "postgres";
            /** @description this is the demo sample, not your own data */
            demo: boolean;
            /** @description the demo sample can be opened beside your data, under /demo/ */
            demoAvailable: boolean;
            /** @description the SQLite file, or the PostgreSQL URL without its password */
            location: string;
            /** @example 0.1.0 */
            version: string;
        };
        Company: {
            cadence: {
                reported: boolean;
                text: string;
            }[];
            decision: {
                reported: boolean;
                text: string;
            }[];
            dimensions: {
                competencies: string[];
                id: string;
                name: string;
                reported: boolean;
                summary: string;
            }[];
            evidence: {
                minPeerFeedback?: number;
                notes: {
                    reported: boolean;
                    text: string;
                }[];
                recommendedPeerFeedback?: number;
                selfReviewWordLimit?: number;
            };
            /** @enum {string} */
            id: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
            levels: {
                aliases: string[];
                ladderLevel: string;
                name: string;
                title?: string;
            }[];
            name: string;
            weighsMost: {
                reported: boolean;
                text: string;
            }[];
        };
        CreateEntryInput: {
            collaborators?: string[];
            competencies?: string[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            details?: string;
            impact?: string;
            /** @enum {string} */
            kind?: "feature" | "incident" | "design" | "mentoring" | "tech-debt" | "process" | "other";
            links?: string[];
            peopleHelped?: string[];
            project?: string | null;
            /** @enum {string} */
            scope?: "individual" | "team" | "cross-team" | "org";
            source?: string;
            tags?: string[];
            title: string;
            /** @enum {string} */
            visibility?: "private" | "manager";
        };
        Entry: {
            collaborators: string[];
            competencies: string[];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** Format: date-time */
            deletedAt: string | null;
            details: string;
            id: string;
            impact: string;
            /** @enum {string} */
            kind: "feature" | "incident" | "design" | "mentoring" | "tech-debt" | "process" | "other";
            links: string[];
            peopleHelped: string[];
            project: string | null;
            /** @enum {string} */
            scope: "individual" | "team" | "cross-team" | "org";
            source: string;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            visibility: "private" | "manager";
        };
        EntryList: {
            entries: components["schemas"]["Entry"][];
        };
        Error: {
            error: {
                /** @example invalid_input */
                code: string;
                details: {
                    message: string;
                    path: string;
                }[];
                /** @example title: at most 200 characters */
                message: string;
            };
        };
        ExportDocument: {
            entries: {
                collaborators: string[];
                competencies: string[];
                /** Format: date-time */
                createdAt: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                /** Format: date-time */
                deletedAt: string | null;
                details: string;
                id: string;
                impact: string;
                /** @enum {string} */
                kind: "feature" | "incident" | "design" | "mentoring" | "tech-debt" | "process" | "other";
                links: string[];
                peopleHelped: string[];
                project: string | null;
                /** @enum {string} */
                scope: "individual" | "team" | "cross-team" | "org";
                source: string;
                tags: string[];
                title: string;
                /** Format: date-time */
                updatedAt: string;
                /** @enum {string} */
                visibility: "private" | "manager";
            }[];
            /** Format: date-time */
            exportedAt: string;
            /** @enum {string} */
            format: "promocase-export";
            /** @default [] */
            frameworks: {
                /** Format: date-time */
                createdAt: string;
                document: {
                    cells: {
                        competency: string;
                        /** @default [] */
                        examples: string[];
                        expectation: string;
                        level: string;
                        signals: string[];
                    }[];
                    competencies: {
                        id: string;
                        name: string;
                        /** @default  */
                        summary: string;
                    }[];
                    /** @default  */
                    description: string;
                    /** @enum {string} */
                    format: "promocase-framework";
                    id: string;
                    levels: {
                        id: string;
                        name: string;
                        /** @default  */
                        summary: string;
                    }[];
                    name: string;
                    seniorLevel: string;
                    /** @default  */
                    source: string;
                    /** @enum {number} */
                    version: 1;
                };
                /** Format: date-time */
                updatedAt: string;
            }[];
            generator: string;
            profile: {
                /** @enum {string} */
                company: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
                /** Format: date-time */
                createdAt: string;
                /** @enum {string} */
                currentLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
                managerName: string | null;
                name: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                nextCalibration: string | null;
                /** @enum {string} */
                reviewCadence: "quarterly" | "half-yearly" | "yearly";
                /** @enum {string} */
                targetLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
                /** Format: date-time */
                updatedAt: string;
            } | null;
            /** @enum {number} */
            version: 1;
        };
        Framework: {
            cells: {
                competency: string;
                /** @default [] */
                examples: string[];
                expectation: string;
                level: string;
                signals: string[];
            }[];
            competencies: {
                id: string;
                name: string;
                /** @default  */
                summary: string;
            }[];
            /** @default  */
            description: string;
            /** @enum {string} */
            format: "promocase-framework";
            id: string;
            levels: {
                id: string;
                name: string;
                /** @default  */
                summary: string;
            }[];
            name: string;
            seniorLevel: string;
            /** @default  */
            source: string;
            /** @enum {number} */
            version: 1;
        };
        FrameworkCell: {
            competency: string;
            examples: string[];
            expectation: string;
            level: string;
            signals: string[];
        };
        FrameworkDiff: {
            competencies: {
                competency: {
                    id: string;
                    name: string;
                };
                from?: components["schemas"]["FrameworkCell"];
                steps: {
                    cell?: components["schemas"]["FrameworkCell"];
                    level: {
                        id: string;
                        name: string;
                    };
                }[];
            }[];
            framework: {
                id: string;
                name: string;
            };
            from: string;
            to: string;
        };
        FrameworkImport: {
            /** @example engineering.yml */
            fileName: string;
            /** @description removed competency id -> new competency id */
            map?: {
                [key: string]: string;
            };
            /** @description level id or 1-based number; required for FT and Monzo files */
            seniorLevel?: string;
            text: string;
        };
        FrameworkImportReport: {
            added: string[];
            cells: number;
            competencies: number;
            flagged: {
                competency: string;
                entries: number;
                likelyRename?: string;
            }[];
            framework: {
                /** @enum {string} */
                format: "promocase" | "ft" | "monzo";
                id: string;
                name: string;
                seniorLevel: string;
            };
            levels: number;
            mapped: {
                entries: number;
                from: string;
                to: string;
            }[];
            removed: string[];
            /** @enum {string} */
            status: "created" | "updated";
        };
        FrameworkSummary: {
            builtin: boolean;
            competencies: number;
            id: string;
            importedAt: string | null;
            levels: number;
            name: string;
            seniorLevel: string;
            source: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @example 0.1.0 */
            version: string;
        };
        ImportReport: {
            entries: {
                created: number;
                /** @description entries kept because the stored one was newer */
                keptNewer: number;
                unchanged: number;
                updated: number;
            };
            /** @enum {string} */
            profile: "created" | "updated" | "unchanged" | "kept-newer" | "absent";
        };
        Profile: {
            /** @enum {string} */
            company: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            currentLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
            managerName: string | null;
            name: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            nextCalibration: string | null;
            /** @enum {string} */
            reviewCadence: "quarterly" | "half-yearly" | "yearly";
            /** @enum {string} */
            targetLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
            /** Format: date-time */
            updatedAt: string;
        };
        SaveProfileInput: {
            /** @enum {string} */
            company?: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
            /** @enum {string} */
            currentLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
            managerName?: string | null;
            name: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            nextCalibration?: string | null;
            /** @enum {string} */
            reviewCadence?: "quarterly" | "half-yearly" | "yearly";
            /** @enum {string} */
            targetLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
        };
        UpdateEntryInput: {
            collaborators?: string[];
            competencies?: string[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            details?: string;
            impact?: string;
            /** @enum {string} */
            kind?: "feature" | "incident" | "design" | "mentoring" | "tech-debt" | "process" | "other";
            links?: string[];
            peopleHelped?: string[];
            project?: string | null;
            /** @enum {string} */
            scope?: "individual" | "team" | "cross-team" | "org";
            tags?: string[];
            title?: string;
            /** @enum {string} */
            visibility?: "private" | "manager";
        };
        UpdateProfileInput: {
            /** @enum {string} */
            company?: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
            /** @enum {string} */
            currentLevel?: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
            managerName?: string | null;
            name?: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            nextCalibration?: string | null;
            /** @enum {string} */
            reviewCadence?: "quarterly" | "half-yearly" | "yearly";
            /** @enum {string} */
            targetLevel?: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
        };
        WeekStreak: {
            /** @description consecutive weeks with an entry, ending this or last week */
            current: number;
            longest: number;
            /** @description Monday of each week without an entry, newest first */
            missedWeeks: string[];
            thisWeekLogged: boolean;
            weeksTracked: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1CompaniesIdGetParametersPathIdValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/companies/{id}"]["get"]["parameters"]["path"]["id"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const pathsApiV1EntriesGetParametersQueryDeletedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/entries"]["get"]["parameters"]["query"]["deleted"]> = ["exclude", "include", "only"];
export const pathsApiV1EntriesGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/entries"]["get"]["parameters"]["query"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const pathsApiV1ExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/export"]["get"]["parameters"]["query"]["format"]> = ["json", "markdown"];
export const pathsApiV1FrameworksIdExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/frameworks/{id}/export"]["get"]["parameters"]["query"]["format"]> = ["yaml", "json"];
export const aboutDatabaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["About"]["database"]> = ["sqlite", "postgres"];
export const companyIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Company"]["id"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const createEntryInputKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEntryInput"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const createEntryInputScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEntryInput"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const createEntryInputVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEntryInput"]["visibility"]> = ["private", "manager"];
export const entryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Entry"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const entryScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Entry"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const entryVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Entry"]["visibility"]> = ["private", "manager"];
export const exportDocumentEntriesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["entries"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const exportDocumentEntriesScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["entries"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const exportDocumentEntriesVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["entries"]["visibility"]> = ["private", "manager"];
export const exportDocumentFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["format"]> = ["promocase-export"];
export const exportDocumentFrameworksDocumentFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["frameworks"]["document"]["format"]> = ["promocase-framework"];
export const exportDocumentFrameworksDocumentVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["frameworks"]["document"]["version"]> = [1];
export const exportDocumentProfileCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const exportDocumentProfileCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const exportDocumentProfileReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const exportDocumentProfileTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const exportDocumentVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["version"]> = [1];
export const frameworkFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Framework"]["format"]> = ["promocase-framework"];
export const frameworkVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Framework"]["version"]> = [1];
export const frameworkImportReportFrameworkFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FrameworkImportReport"]["framework"]["format"]> = ["promocase", "ft", "monzo"];
export const frameworkImportReportStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FrameworkImportReport"]["status"]> = ["created", "updated"];
export const healthStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["status"]> = ["ok"];
export const importReportProfileValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ImportReport"]["profile"]> = ["created", "updated", "unchanged", "kept-newer", "absent"];
export const profileCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const profileCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const profileReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const profileTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const saveProfileInputCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const saveProfileInputCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const saveProfileInputReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const saveProfileInputTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const updateEntryInputKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEntryInput"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const updateEntryInputScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEntryInput"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const updateEntryInputVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEntryInput"]["visibility"]> = ["private", "manager"];
export const updateProfileInputCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const updateProfileInputCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const updateProfileInputReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const updateProfileInputTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export type operations = Record<string, never>;
