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
    "/api/v1/analyze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Analyse entries, peer reviews and manager feedback (deterministic, offline)
         * @description One result per item, in order, with the same id. Entries get kind, competencies, scope, metric and specificity; peer reviews specific or generic; manager feedback actionable or vague. At most 1000 items and 1 MB per request; every item is validated before any is analysed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the items to analyse */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AnalysisItem"][];
                };
            };
            responses: {
                /** @description one result per item, in order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": (components["schemas"]["EntryAnalysis"] | components["schemas"]["PeerReviewAnalysis"] | components["schemas"]["ManagerFeedbackAnalysis"])[];
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
    "/api/v1/analyze/entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the analysis makes of an entry being written (as `promocase log` suggests); nothing is saved
         * @description Kind, competencies, scope, metric and specificity with reasons and suggestions. Competencies are the built-in framework's ids, left empty when the profile uses another framework.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the text of the entry so far */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuggestEntryInput"];
                };
            };
            responses: {
                /** @description the suggestion */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntrySuggestion"];
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
    "/api/v1/analyze/untagged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggested kind, competencies and scope for my entries that have no competencies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description one suggestion per untagged entry, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: components["schemas"]["UntaggedSuggestion"][];
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
    "/api/v1/analyze/untagged/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save the suggestions into my untagged entries (one transaction); returns what was applied */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the suggestions that were applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: components["schemas"]["UntaggedSuggestion"][];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every assessment, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description exclude (default) or include deleted records */
                    deleted?: "exclude" | "include";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the assessments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: components["schemas"]["Assessment"][];
                        };
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
            };
        };
        put?: never;
        /** Record ratings: the engineer's own, or the manager's */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the ratings */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordAssessmentInput"];
                };
            };
            responses: {
                /** @description the saved assessment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a assessment (restorable) */
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
                /** @description the assessment, now with deletedAt set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back a deleted assessment */
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
                /** @description the restored assessment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
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
    "/api/v1/assessments/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Self against manager per competency, largest disagreements first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the comparison */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RatingComparison"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rating per competency over time, with each rater's trajectory */
        get: {
            parameters: {
                query?: {
                    competency?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RatingHistory"];
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
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations, oldest first, each feedback statement judged actionable or vague */
        get: {
            parameters: {
                query?: {
                    /** @description exclude (default) or include deleted records */
                    deleted?: "exclude" | "include";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the conversations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: components["schemas"]["ConversationWithAnalysis"][];
                        };
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
        /** Record a 1:1 or career conversation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the conversation */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateConversationInput"];
                };
            };
            responses: {
                /** @description the saved conversation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversation"];
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
    "/api/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conversation (deleted ones too), with its feedback analysed */
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
                /** @description the conversation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConversationWithAnalysis"];
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
        /** Delete a conversation (restorable) */
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
                /** @description the conversation, now with deletedAt set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversation"];
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
        /** Change some fields of a conversation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the fields to change */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateConversationInput"];
                };
            };
            responses: {
                /** @description the conversation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversation"];
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
    "/api/v1/conversations/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back a deleted conversation */
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
                /** @description the restored conversation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversation"];
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
    "/api/v1/conversations/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The state of the promotion conversation: goal stated, criteria, check-ins, red flags */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConversationStatus"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document built from the allowed entries, as an attachment
         * @description Every claim cites its entry; missing outcomes and numbers are marked gaps, never invented. The same options as `promocase doc`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description md | html | pdf | docx | json (default md) */
                    format?: string;
                    /** @description only entries of these projects (repeat the parameter) */
                    project?: string | string[];
                    /** @description first day of evidence (default: the current review period) */
                    since?: string;
                    /** @description last day of evidence */
                    until?: string;
                    /** @description private | manager: private includes every entry (default per type) */
                    visibility?: string;
                    /** @description meta only: the most words (default 1000) */
                    wordLimit?: string;
                };
                header?: never;
                path: {
                    /** @description one of: brag, summary, handoff, microsoft, meta, brief, case, google, amazon */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document; Content-Disposition names the file (promocase-<type>-<date>.<ext>) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentJson"];
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "text/html": string;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{type}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dry run: every entry, in or out of the document, and why */
        get: {
            parameters: {
                query?: {
                    /** @description only entries of these projects (repeat the parameter) */
                    project?: string | string[];
                    /** @description first day of evidence (default: the current review period) */
                    since?: string;
                    /** @description last day of evidence */
                    until?: string;
                    /** @description private | manager: private includes every entry (default per type) */
                    visibility?: string;
                    /** @description meta only: the most words (default 1000) */
                    wordLimit?: string;
                };
                header?: never;
                path: {
                    /** @description one of: brag, summary, handoff, microsoft, meta, brief, case, google, amazon */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description every entry decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentEvidencePreview"];
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
    "/api/v1/documents/{type}/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gaps the document would show, for the author to fill */
        get: {
            parameters: {
                query?: {
                    /** @description only entries of these projects (repeat the parameter) */
                    project?: string | string[];
                    /** @description first day of evidence (default: the current review period) */
                    since?: string;
                    /** @description last day of evidence */
                    until?: string;
                    /** @description private | manager: private includes every entry (default per type) */
                    visibility?: string;
                    /** @description meta only: the most words (default 1000) */
                    wordLimit?: string;
                };
                header?: never;
                path: {
                    /** @description one of: brag, summary, handoff, microsoft, meta, brief, case, google, amazon */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the gaps (empty when none) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentCheck"];
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
                    /** @description only this project; case is ignored */
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
    "/api/v1/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competencies below the target level, furthest first, with the target level's signals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the gap list */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GapList"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goals with quality check, progress and flags (overdue, stalled, not started) */
        get: {
            parameters: {
                query?: {
                    /** @description exclude (default) or include deleted records */
                    deleted?: "exclude" | "include";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the goals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goals: components["schemas"]["ReviewedGoal"][];
                        };
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
        /** Set a goal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the goal */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateGoalInput"];
                };
            };
            responses: {
                /** @description the goal, reviewed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewedGoal"];
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
    "/api/v1/goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One goal (deleted ones too), reviewed */
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
                /** @description the goal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewedGoal"];
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
        /** Delete a goal (restorable) */
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
                /** @description the goal, now with deletedAt set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
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
        /** Change some fields of a goal */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the fields to change */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateGoalInput"];
                };
            };
            responses: {
                /** @description the goal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
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
    "/api/v1/goals/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record progress on a goal (a first check-in makes a planned goal active) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the check-in */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddCheckInInput"];
                };
            };
            responses: {
                /** @description the goal */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goals/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link log entries to a goal as its evidence, or unlink them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description entry ids */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkGoalEntries"];
                };
            };
            responses: {
                /** @description the goal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goals/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back a deleted goal */
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
                /** @description the restored goal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
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
    "/api/v1/goals/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goals suggested from the gap list, about one per quarter */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description suggestions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: components["schemas"]["GoalSuggestion"][];
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
        put?: never;
        post?: never;
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
    "/api/v1/manager-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded change of manager, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description exclude (default) or include deleted records */
                    deleted?: "exclude" | "include";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            managerChanges: components["schemas"]["ManagerChange"][];
                        };
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
        /** Record a new manager (the profile's manager follows) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the change */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordManagerChangeInput"];
                };
            };
            responses: {
                /** @description the saved change */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagerChange"];
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
    "/api/v1/manager-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a manager change (restorable) */
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
                /** @description the manager change, now with deletedAt set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagerChange"];
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/manager-changes/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back a deleted manager change */
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
                /** @description the restored manager change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagerChange"];
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
    "/api/v1/next-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Next best actions for this week */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Next best actions for this week */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NextActions"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The committee's objections (answered or open) and its five questions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The committee's objections (answered or open) and its five questions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Objections"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback received, oldest first, each judged specific or generic */
        get: {
            parameters: {
                query?: {
                    /** @description exclude (default) or include deleted records */
                    deleted?: "exclude" | "include";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the feedback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            peerFeedback: components["schemas"]["PeerFeedbackWithAnalysis"][];
                        };
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
        /** Record feedback received from a peer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the feedback */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPeerFeedbackInput"];
                };
            };
            responses: {
                /** @description the saved feedback, analysed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeerFeedbackWithAnalysis"];
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
    "/api/v1/peer-feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One piece of feedback (deleted ones too), analysed */
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
                /** @description the feedback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeerFeedbackWithAnalysis"];
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
        /** Delete a piece of peer feedback (restorable) */
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
                /** @description the piece of peer feedback, now with deletedAt set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeerFeedback"];
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
        /** Change some fields of a piece of feedback */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the fields to change */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdatePeerFeedbackInput"];
                };
            };
            responses: {
                /** @description the feedback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeerFeedback"];
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
    "/api/v1/peer-feedback/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back a deleted piece of peer feedback */
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
                /** @description the restored piece of peer feedback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeerFeedback"];
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
    "/api/v1/peer-feedback/request-kit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom to ask for feedback on the weakest competencies, with a request text for each */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the request kit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackRequestKit"];
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
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects with their scope attributes and whether they are next-level */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Projects with their scope attributes and whether they are next-level */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Projects"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness per competency for the target level, overall, and consistency over review periods */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Readiness per competency for the target level, overall, and consistency over review periods */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        AddCheckInInput: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            note?: string;
            progress: number;
            /** @enum {string} */
            status?: "planned" | "active" | "done" | "dropped";
        };
        AnalysisItem: {
            id: string;
            text: string;
            /** @enum {string} */
            type: "entry" | "peer-review" | "manager-feedback";
        };
        Assessment: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** Format: date-time */
            deletedAt: string | null;
            framework: string;
            id: string;
            /** @enum {string} */
            rater: "self" | "manager";
            ratings: {
                competency: string;
                level: string;
                /** @default  */
                note: string;
                /**
                 * @default meets
                 * @enum {string}
                 */
                qualifier: "working-towards" | "meets" | "exceeds";
                /** @default  */
                whatItTakes: string;
            }[];
            /** Format: date-time */
            updatedAt: string;
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
        Conversation: {
            /** Format: date-time */
            createdAt: string;
            criteria: string[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** Format: date-time */
            deletedAt: string | null;
            feedback: string[];
            goalStated: boolean;
            id: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            nextCheckIn: string | null;
            notes: string;
            /** @enum {string} */
            type: "career" | "check-in" | "feedback";
            /** Format: date-time */
            updatedAt: string;
            with: string;
        };
        ConversationStatus: {
            careerConversations: number;
            criteria: {
                items: string[];
                on: string;
            } | null;
            findings: {
                action?: string;
                code: string;
                message: string;
                /** @enum {string} */
                severity: "mistake" | "red-flag" | "warning" | "ok";
            }[];
            goalStated: {
                on: string;
            } | null;
            lastConversation: {
                daysAgo: number;
                on: string;
                with: string;
            } | null;
            latestManagerChange: components["schemas"]["ManagerChange"] | null;
            nextCheckIn: string | null;
            vagueFeedback: {
                conversationId: string;
                date: string;
                followUpQuestions: string[];
                reasons: string[];
                statement: string;
            }[];
            vagueStreak: number;
        };
        ConversationWithAnalysis: {
            /** Format: date-time */
            createdAt: string;
            criteria: string[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** Format: date-time */
            deletedAt: string | null;
            feedback: string[];
            feedbackAnalysis: components["schemas"]["FeedbackStatementAnalysis"][];
            goalStated: boolean;
            id: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            nextCheckIn: string | null;
            notes: string;
            /** @enum {string} */
            type: "career" | "check-in" | "feedback";
            /** Format: date-time */
            updatedAt: string;
            with: string;
        };
        CreateConversationInput: {
            criteria?: string[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            feedback?: string[];
            goalStated?: boolean;
            /**
             * Format: date
             * @example 2026-11-20
             */
            nextCheckIn?: string | null;
            notes?: string;
            /** @enum {string} */
            type?: "career" | "check-in" | "feedback";
            with: string;
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
        CreateGoalInput: {
            checkIns?: {
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                note: string;
                progress: number;
            }[];
            competencies?: string[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            deliverable?: string;
            due?: string | null;
            entryIds?: string[];
            gap?: string;
            impact?: string;
            /** @enum {string} */
            status?: "planned" | "active" | "done" | "dropped";
            title: string;
            vouchers?: string[];
        };
        DatedRating: {
            assessmentId: string;
            competency: string;
            date: string;
            level: string;
            note: string;
            qualifier: string;
            /** @enum {string} */
            rater: "self" | "manager";
            whatItTakes: string;
        };
        DocumentBlock: {
            text: string;
            /** @enum {string} */
            type: "heading";
        } | {
            content: components["schemas"]["DocumentInline"][];
            /** @enum {string} */
            type: "paragraph";
        } | {
            items: components["schemas"]["DocumentInline"][][];
            ordered: boolean;
            /** @enum {string} */
            type: "list";
        } | {
            header: string[];
            rows: components["schemas"]["DocumentInline"][][][];
            /** @enum {string} */
            type: "table";
        } | {
            attribution: string | null;
            content: components["schemas"]["DocumentInline"][];
            /** @enum {string} */
            type: "quote";
        };
        DocumentCheck: {
            gaps: {
                claim: string | null;
                section: string;
                under: string | null;
                what: string;
                why: string;
            }[];
            included: number;
            selection: {
                basis: string;
                projects: string[];
                since: string;
                until: string;
                /** @enum {string} */
                visibility: "private" | "manager";
            };
            /** @enum {string} */
            type: "brag" | "summary" | "handoff" | "microsoft" | "meta" | "brief" | "case" | "google" | "amazon";
            wordLimit?: {
                cut: {
                    excerpt: string;
                    section: string;
                    under: string | null;
                    words: number;
                }[];
                limit: number;
                wordsAfter: number;
                wordsBefore: number;
            };
        };
        DocumentEvidencePreview: {
            entries: {
                date: string;
                id: string;
                included: boolean;
                project: string | null;
                reasons: string[];
                title: string;
                /** @enum {string} */
                visibility: "private" | "manager";
            }[];
            excluded: number;
            included: number;
            selection: {
                basis: string;
                projects: string[];
                since: string;
                until: string;
                /** @enum {string} */
                visibility: "private" | "manager";
            };
            /** @enum {string} */
            type: "brag" | "summary" | "handoff" | "microsoft" | "meta" | "brief" | "case" | "google" | "amazon";
        };
        DocumentInline: {
            text: string;
            /** @enum {string} */
            type: "text";
        } | {
            text: string;
            /** @enum {string} */
            type: "strong";
        } | {
            text: string;
            /** @enum {string} */
            type: "emphasis";
        } | {
            date: string;
            entryId: string;
            link: string | null;
            /** @enum {string} */
            type: "citation";
        } | {
            /** @enum {string} */
            type: "gap";
            what: string;
            why: string;
        };
        DocumentJson: {
            document: {
                metadata: {
                    label: string;
                    value: string;
                }[];
                sections: {
                    blocks: components["schemas"]["DocumentBlock"][];
                    id: string;
                    title: string;
                }[];
                title: string;
                /** @enum {string} */
                type: "brag" | "summary" | "handoff" | "microsoft" | "meta" | "brief" | "case" | "google" | "amazon";
            };
            /** @enum {string} */
            format: "promocase-document";
            gaps: {
                claim: string | null;
                section: string;
                under: string | null;
                what: string;
                why: string;
            }[];
            /** @enum {number} */
            version: 1;
            wordLimit?: {
                cut: {
                    excerpt: string;
                    section: string;
                    under: string | null;
                    words: number;
                }[];
                limit: number;
                wordsAfter: number;
                wordsBefore: number;
            };
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
        EntryAnalysis: {
            /** @description built-in competency ids, strongest first */
            competencies: string[];
            id: string;
            /** @example incident */
            kind: string;
            /** @description states a quantity that measures the result or its reach */
            metric: boolean;
            /** @description sentences that explain the verdict */
            reasons: string[];
            /** @example team */
            scope: string;
            specificity: number;
            suggestions: string[];
            /** @enum {string} */
            type: "entry";
        };
        EntryList: {
            entries: components["schemas"]["Entry"][];
        };
        EntrySuggestion: {
            /** @description built-in competency ids, strongest first */
            competencies: string[];
            /** @example incident */
            kind: string;
            /** @description states a quantity that measures the result or its reach */
            metric: boolean;
            /** @description sentences that explain the verdict */
            reasons: string[];
            /** @example team */
            scope: string;
            specificity: number;
            suggestions: string[];
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
            /** @default [] */
            assessments: {
                /** Format: date-time */
                createdAt: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                /** Format: date-time */
                deletedAt: string | null;
                framework: string;
                id: string;
                /** @enum {string} */
                rater: "self" | "manager";
                ratings: {
                    competency: string;
                    level: string;
                    /** @default  */
                    note: string;
                    /**
                     * @default meets
                     * @enum {string}
                     */
                    qualifier: "working-towards" | "meets" | "exceeds";
                    /** @default  */
                    whatItTakes: string;
                }[];
                /** Format: date-time */
                updatedAt: string;
            }[];
            /** @default [] */
            conversations: {
                /** Format: date-time */
                createdAt: string;
                criteria: string[];
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                /** Format: date-time */
                deletedAt: string | null;
                feedback: string[];
                goalStated: boolean;
                id: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                nextCheckIn: string | null;
                notes: string;
                /** @enum {string} */
                type: "career" | "check-in" | "feedback";
                /** Format: date-time */
                updatedAt: string;
                with: string;
            }[];
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
            /** @default [] */
            goals: {
                checkIns: {
                    /**
                     * Format: date
                     * @example 2026-11-20
                     */
                    date: string;
                    note: string;
                    progress: number;
                }[];
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
                deliverable: string;
                due: string | null;
                entryIds: string[];
                gap: string;
                id: string;
                impact: string;
                /** @enum {string} */
                status: "planned" | "active" | "done" | "dropped";
                title: string;
                /** Format: date-time */
                updatedAt: string;
                vouchers: string[];
            }[];
            /** @default [] */
            managerChanges: {
                /** Format: date-time */
                createdAt: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                /** Format: date-time */
                deletedAt: string | null;
                id: string;
                name: string;
                note: string;
                previous: string | null;
                /** Format: date-time */
                updatedAt: string;
            }[];
            /** @default [] */
            peerFeedback: {
                /** Format: date-time */
                createdAt: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                /** Format: date-time */
                deletedAt: string | null;
                entryIds: string[];
                from: string;
                id: string;
                /** @enum {string} */
                relationship: "teammate" | "cross-team" | "tech-lead" | "manager" | "report" | "stakeholder" | "other";
                text: string;
                /** Format: date-time */
                updatedAt: string;
                work: string;
            }[];
            profile: {
                /** @enum {string} */
                company: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
                /** Format: date-time */
                createdAt: string;
                /** @enum {string} */
                currentLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
                /** @default promocase */
                framework: string;
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
        FeedbackRequestKit: {
            focus: {
                id: string;
                name: string;
            }[];
            notes: string[];
            requests: {
                competencies: {
                    id: string;
                    name: string;
                }[];
                lastFeedback: string | null;
                /** @description ready to send by the engineer; promocase sends nothing */
                message: string;
                peer: string;
                sharedWork: {
                    date: string;
                    entryId: string;
                    links: string[];
                    title: string;
                }[];
                why: string;
            }[];
        };
        FeedbackStatementAnalysis: {
            actionable: boolean;
            followUpQuestions: string[];
            reasons: string[];
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
                goals: number;
                likelyRename?: string;
                ratings: number;
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
                goals: number;
                ratings: number;
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
        GapList: {
            atTarget: string[];
            framework: {
                id: string;
                name: string;
            };
            gaps: {
                competency: {
                    id: string;
                    name: string;
                };
                distance: number | null;
                expectation: string | null;
                goals: {
                    id: string;
                    status: string;
                    title: string;
                }[];
                rating: components["schemas"]["DatedRating"] | null;
                signals: string[];
                whatItTakes: {
                    date: string;
                    text: string;
                }[];
            }[];
            targetLevel: {
                id: string;
                name: string;
            };
            unrated: {
                competency: {
                    id: string;
                    name: string;
                };
                distance: number | null;
                expectation: string | null;
                goals: {
                    id: string;
                    status: string;
                    title: string;
                }[];
                rating: components["schemas"]["DatedRating"] | null;
                signals: string[];
                whatItTakes: {
                    date: string;
                    text: string;
                }[];
            }[];
        };
        Goal: {
            checkIns: {
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                note: string;
                progress: number;
            }[];
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
            deliverable: string;
            due: string | null;
            entryIds: string[];
            gap: string;
            id: string;
            impact: string;
            /** @enum {string} */
            status: "planned" | "active" | "done" | "dropped";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            vouchers: string[];
        };
        GoalSuggestion: {
            goal: components["schemas"]["CreateGoalInput"];
            why: string;
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
                /** @description kept because the stored one was newer */
                keptNewer: number;
                unchanged: number;
                updated: number;
            };
            frameworks: {
                created: number;
                /** @description kept because the stored one was newer */
                keptNewer: number;
                unchanged: number;
                updated: number;
            };
            people: {
                assessments: {
                    created: number;
                    /** @description kept because the stored one was newer */
                    keptNewer: number;
                    unchanged: number;
                    updated: number;
                };
                conversations: {
                    created: number;
                    /** @description kept because the stored one was newer */
                    keptNewer: number;
                    unchanged: number;
                    updated: number;
                };
                goals: {
                    created: number;
                    /** @description kept because the stored one was newer */
                    keptNewer: number;
                    unchanged: number;
                    updated: number;
                };
                managerChanges: {
                    created: number;
                    /** @description kept because the stored one was newer */
                    keptNewer: number;
                    unchanged: number;
                    updated: number;
                };
                peerFeedback: {
                    created: number;
                    /** @description kept because the stored one was newer */
                    keptNewer: number;
                    unchanged: number;
                    updated: number;
                };
            };
            /** @enum {string} */
            profile: "created" | "updated" | "unchanged" | "kept-newer" | "absent";
        };
        LinkGoalEntries: {
            add?: string[];
            remove?: string[];
        };
        ManagerChange: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** Format: date-time */
            deletedAt: string | null;
            id: string;
            name: string;
            note: string;
            previous: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ManagerFeedbackAnalysis: {
            actionable: boolean;
            /** @description questions that get the missing specifics */
            followUpQuestions: string[];
            id: string;
            /** @description sentences that explain the verdict */
            reasons: string[];
            /** @enum {string} */
            type: "manager-feedback";
        };
        NextActions: {
            asOf: string;
            nextActions: {
                action: string;
                command?: string;
                why: string;
            }[];
        };
        Objections: {
            asOf: string;
            objections: {
                answeredBy: string[];
                id: string;
                reason: string;
                /** @enum {string} */
                status: "answered" | "open";
                title: string;
                toAnswer?: string;
            }[];
            questions: {
                answer: string;
                answered: boolean;
                evidence: string[];
                /**
                 * @description The answer is the titles of the evidence entries, in their order
                 * @enum {boolean}
                 */
                listsEntries?: true;
                question: string;
                toDo?: string;
            }[];
        };
        PeerFeedback: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** Format: date-time */
            deletedAt: string | null;
            entryIds: string[];
            from: string;
            id: string;
            /** @enum {string} */
            relationship: "teammate" | "cross-team" | "tech-lead" | "manager" | "report" | "stakeholder" | "other";
            text: string;
            /** Format: date-time */
            updatedAt: string;
            work: string;
        };
        PeerFeedbackAnalysis: {
            reasons: string[];
            score: number;
            specific: boolean;
            suggestions: string[];
        };
        PeerFeedbackWithAnalysis: {
            analysis: components["schemas"]["PeerFeedbackAnalysis"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** Format: date-time */
            deletedAt: string | null;
            entryIds: string[];
            from: string;
            id: string;
            /** @enum {string} */
            relationship: "teammate" | "cross-team" | "tech-lead" | "manager" | "report" | "stakeholder" | "other";
            text: string;
            /** Format: date-time */
            updatedAt: string;
            work: string;
        };
        PeerReviewAnalysis: {
            id: string;
            /** @description sentences that explain the verdict */
            reasons: string[];
            score: number;
            specific: boolean;
            suggestions: string[];
            /** @enum {string} */
            type: "peer-review";
        };
        Profile: {
            /** @enum {string} */
            company: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            currentLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
            /** @default promocase */
            framework: string;
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
        Projects: {
            asOf: string;
            projects: {
                attributes: {
                    ambiguity: {
                        detail: string;
                        entries: string[];
                        present: boolean;
                    };
                    decisions: {
                        detail: string;
                        entries: string[];
                        present: boolean;
                    };
                    outcomes: {
                        detail: string;
                        entries: string[];
                        present: boolean;
                    };
                    peopleLed: {
                        detail: string;
                        entries: string[];
                        present: boolean;
                    };
                    teams: {
                        detail: string;
                        entries: string[];
                        present: boolean;
                    };
                };
                entries: string[];
                from: string;
                name: string;
                nextLevel: boolean;
                reasons: string[];
                to: string;
            }[];
        };
        RatingComparison: {
            competencies: {
                competency: {
                    id: string;
                    name: string;
                };
                /** @description self minus manager, in levels */
                difference: number | null;
                manager: components["schemas"]["DatedRating"] | null;
                self: components["schemas"]["DatedRating"] | null;
            }[];
            framework: {
                id: string;
                name: string;
            };
        };
        RatingHistory: {
            competencies: {
                competency: {
                    id: string;
                    name: string;
                };
                ratings: (components["schemas"]["DatedRating"] & {
                    position: number;
                })[];
                trajectory: {
                    manager: string;
                    self: string;
                };
            }[];
            framework: {
                id: string;
                name: string;
            };
        };
        Readiness: {
            asOf: string;
            competencies: {
                competency: {
                    id: string;
                    name: string;
                };
                entries: number;
                goals: {
                    id: string;
                    status: string;
                    title: string;
                }[];
                manager: {
                    competency: string;
                    date: string;
                    level: string;
                    qualifier: string;
                    rater: string;
                } | null;
                nextLevelEntries: number;
                periodsCovered: string[];
                reasons: string[];
                self: {
                    competency: string;
                    date: string;
                    level: string;
                    qualifier: string;
                    rater: string;
                } | null;
                /** @enum {string} */
                status: "strong" | "emerging" | "gap";
                strength: number;
                /** @description entry ids, strongest first */
                supporting: string[];
            }[];
            consistency: {
                oneStrongPeriod: {
                    competencies: string[];
                    end: string;
                    entries: number;
                    label: string;
                    nextLevel: number;
                    start: string;
                    /** @enum {string} */
                    verdict: "next-level" | "some" | "none";
                } | null;
                periods: {
                    competencies: string[];
                    end: string;
                    entries: number;
                    label: string;
                    nextLevel: number;
                    start: string;
                    /** @enum {string} */
                    verdict: "next-level" | "some" | "none";
                }[];
                summary: string;
                sustainedMonths: number;
            };
            overall: {
                counts: {
                    emerging: number;
                    gap: number;
                    strong: number;
                };
                explanation: string[];
                score: number;
                /** @enum {string} */
                status: "ready" | "close" | "not-yet";
                sustainedMonths: number;
            };
            target: {
                framework: {
                    id: string;
                    name: string;
                };
                ladderLevel: string;
                level: {
                    id: string;
                    name: string;
                };
            };
        };
        RecordAssessmentInput: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            framework?: string;
            /** @enum {string} */
            rater?: "self" | "manager";
            ratings: {
                competency: string;
                level: string;
                /** @default  */
                note: string;
                /**
                 * @default meets
                 * @enum {string}
                 */
                qualifier: "working-towards" | "meets" | "exceeds";
                /** @default  */
                whatItTakes: string;
            }[];
        };
        RecordManagerChangeInput: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            name: string;
            note?: string;
            previous?: string | null;
        };
        RecordPeerFeedbackInput: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            entryIds?: string[];
            from: string;
            /** @enum {string} */
            relationship?: "teammate" | "cross-team" | "tech-lead" | "manager" | "report" | "stakeholder" | "other";
            text: string;
            work?: string;
        };
        ReviewedGoal: {
            checkIns: {
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                date: string;
                note: string;
                progress: number;
            }[];
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
            deliverable: string;
            due: string | null;
            entryIds: string[];
            flags: {
                /** @enum {string} */
                flag: "overdue" | "stalled" | "not-started";
                reason: string;
            }[];
            gap: string;
            id: string;
            impact: string;
            progress: number;
            quality: {
                checks: {
                    /** @enum {string} */
                    criterion: "concrete" | "visible" | "impactful" | "time-bound";
                    ok: boolean;
                    reason: string;
                    suggestion?: string;
                }[];
                /** @description how many of the four criteria are met */
                score: number;
            };
            /** @enum {string} */
            status: "planned" | "active" | "done" | "dropped";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            vouchers: string[];
        };
        SaveProfileInput: {
            /** @enum {string} */
            company?: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
            /** @enum {string} */
            currentLevel: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
            framework?: string;
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
        SuggestEntryInput: {
            details?: string;
            impact?: string;
            title?: string;
        };
        UntaggedSuggestion: {
            /** @description only the fields the entry lacks */
            changes: {
                competencies: string[];
                kind?: string;
                scope?: string;
            };
            date: string;
            entryId: string;
            reasons: string[];
            specificity: number;
            title: string;
        };
        UpdateConversationInput: {
            criteria?: string[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            feedback?: string[];
            goalStated?: boolean;
            /**
             * Format: date
             * @example 2026-11-20
             */
            nextCheckIn?: string | null;
            notes?: string;
            /** @enum {string} */
            type?: "career" | "check-in" | "feedback";
            with?: string;
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
        UpdateGoalInput: {
            competencies?: string[];
            deliverable?: string;
            due?: string | null;
            gap?: string;
            impact?: string;
            /** @enum {string} */
            status?: "planned" | "active" | "done" | "dropped";
            title?: string;
            vouchers?: string[];
        };
        UpdatePeerFeedbackInput: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            date?: string;
            entryIds?: string[];
            from?: string;
            /** @enum {string} */
            relationship?: "teammate" | "cross-team" | "tech-lead" | "manager" | "report" | "stakeholder" | "other";
            text?: string;
            work?: string;
        };
        UpdateProfileInput: {
            /** @enum {string} */
            company?: "generic" | "google" | "meta" | "amazon" | "microsoft" | "apple";
            /** @enum {string} */
            currentLevel?: "junior" | "mid" | "senior" | "staff" | "senior-staff" | "principal";
            framework?: string;
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
export const pathsApiV1AssessmentsGetParametersQueryDeletedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/assessments"]["get"]["parameters"]["query"]["deleted"]> = ["exclude", "include"];
export const pathsApiV1CompaniesIdGetParametersPathIdValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/companies/{id}"]["get"]["parameters"]["path"]["id"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const pathsApiV1ConversationsGetParametersQueryDeletedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/conversations"]["get"]["parameters"]["query"]["deleted"]> = ["exclude", "include"];
export const pathsApiV1EntriesGetParametersQueryDeletedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/entries"]["get"]["parameters"]["query"]["deleted"]> = ["exclude", "include", "only"];
export const pathsApiV1EntriesGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/entries"]["get"]["parameters"]["query"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const pathsApiV1ExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/export"]["get"]["parameters"]["query"]["format"]> = ["json", "markdown"];
export const pathsApiV1FrameworksIdExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/frameworks/{id}/export"]["get"]["parameters"]["query"]["format"]> = ["yaml", "json"];
export const pathsApiV1GoalsGetParametersQueryDeletedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/goals"]["get"]["parameters"]["query"]["deleted"]> = ["exclude", "include"];
export const pathsApiV1ManagerChangesGetParametersQueryDeletedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/manager-changes"]["get"]["parameters"]["query"]["deleted"]> = ["exclude", "include"];
export const pathsApiV1PeerFeedbackGetParametersQueryDeletedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/peer-feedback"]["get"]["parameters"]["query"]["deleted"]> = ["exclude", "include"];
export const aboutDatabaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["About"]["database"]> = ["sqlite", "postgres"];
export const addCheckInInputStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AddCheckInInput"]["status"]> = ["planned", "active", "done", "dropped"];
export const analysisItemTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnalysisItem"]["type"]> = ["entry", "peer-review", "manager-feedback"];
export const assessmentRaterValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Assessment"]["rater"]> = ["self", "manager"];
export const assessmentRatingsQualifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Assessment"]["ratings"]["qualifier"]> = ["working-towards", "meets", "exceeds"];
export const companyIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Company"]["id"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const conversationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Conversation"]["type"]> = ["career", "check-in", "feedback"];
export const conversationStatusFindingsSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationStatus"]["findings"]["severity"]> = ["mistake", "red-flag", "warning", "ok"];
export const conversationWithAnalysisTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationWithAnalysis"]["type"]> = ["career", "check-in", "feedback"];
export const createConversationInputTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateConversationInput"]["type"]> = ["career", "check-in", "feedback"];
export const createEntryInputKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEntryInput"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const createEntryInputScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEntryInput"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const createEntryInputVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEntryInput"]["visibility"]> = ["private", "manager"];
export const createGoalInputStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateGoalInput"]["status"]> = ["planned", "active", "done", "dropped"];
export const datedRatingRaterValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DatedRating"]["rater"]> = ["self", "manager"];
export const documentBlockOneOf0TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentBlock"], {
    type: unknown;
}>["type"]> = ["heading"];
export const documentBlockOneOf1TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentBlock"], {
    type: unknown;
}>["type"]> = ["paragraph"];
export const documentBlockOneOf2TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentBlock"], {
    type: unknown;
}>["type"]> = ["list"];
export const documentBlockOneOf3TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentBlock"], {
    type: unknown;
}>["type"]> = ["table"];
export const documentBlockOneOf4TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentBlock"], {
    type: unknown;
}>["type"]> = ["quote"];
export const documentCheckSelectionVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["selection"]["visibility"]> = ["private", "manager"];
export const documentCheckTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["type"]> = ["brag", "summary", "handoff", "microsoft", "meta", "brief", "case", "google", "amazon"];
export const documentEvidencePreviewEntriesVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentEvidencePreview"]["entries"]["visibility"]> = ["private", "manager"];
export const documentEvidencePreviewSelectionVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentEvidencePreview"]["selection"]["visibility"]> = ["private", "manager"];
export const documentEvidencePreviewTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentEvidencePreview"]["type"]> = ["brag", "summary", "handoff", "microsoft", "meta", "brief", "case", "google", "amazon"];
export const documentInlineOneOf0TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentInline"], {
    type: unknown;
}>["type"]> = ["text"];
export const documentInlineOneOf1TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentInline"], {
    type: unknown;
}>["type"]> = ["strong"];
export const documentInlineOneOf2TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentInline"], {
    type: unknown;
}>["type"]> = ["emphasis"];
export const documentInlineOneOf3TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentInline"], {
    type: unknown;
}>["type"]> = ["citation"];
export const documentInlineOneOf4TypeValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DocumentInline"], {
    type: unknown;
}>["type"]> = ["gap"];
export const documentJsonDocumentTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentJson"]["document"]["type"]> = ["brag", "summary", "handoff", "microsoft", "meta", "brief", "case", "google", "amazon"];
export const documentJsonFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentJson"]["format"]> = ["promocase-document"];
export const documentJsonVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentJson"]["version"]> = [1];
export const entryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Entry"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const entryScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Entry"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const entryVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Entry"]["visibility"]> = ["private", "manager"];
export const entryAnalysisTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EntryAnalysis"]["type"]> = ["entry"];
export const exportDocumentAssessmentsRaterValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["assessments"]["rater"]> = ["self", "manager"];
export const exportDocumentAssessmentsRatingsQualifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["assessments"]["ratings"]["qualifier"]> = ["working-towards", "meets", "exceeds"];
export const exportDocumentConversationsTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["conversations"]["type"]> = ["career", "check-in", "feedback"];
export const exportDocumentEntriesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["entries"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const exportDocumentEntriesScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["entries"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const exportDocumentEntriesVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["entries"]["visibility"]> = ["private", "manager"];
export const exportDocumentFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["format"]> = ["promocase-export"];
export const exportDocumentFrameworksDocumentFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["frameworks"]["document"]["format"]> = ["promocase-framework"];
export const exportDocumentFrameworksDocumentVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["frameworks"]["document"]["version"]> = [1];
export const exportDocumentGoalsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["goals"]["status"]> = ["planned", "active", "done", "dropped"];
export const exportDocumentPeerFeedbackRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["peerFeedback"]["relationship"]> = ["teammate", "cross-team", "tech-lead", "manager", "report", "stakeholder", "other"];
export const exportDocumentProfileCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const exportDocumentProfileCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const exportDocumentProfileReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const exportDocumentProfileTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["profile"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const exportDocumentVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportDocument"]["version"]> = [1];
export const frameworkFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Framework"]["format"]> = ["promocase-framework"];
export const frameworkVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Framework"]["version"]> = [1];
export const frameworkImportReportFrameworkFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FrameworkImportReport"]["framework"]["format"]> = ["promocase", "ft", "monzo"];
export const frameworkImportReportStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FrameworkImportReport"]["status"]> = ["created", "updated"];
export const goalStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Goal"]["status"]> = ["planned", "active", "done", "dropped"];
export const healthStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["status"]> = ["ok"];
export const importReportProfileValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ImportReport"]["profile"]> = ["created", "updated", "unchanged", "kept-newer", "absent"];
export const managerFeedbackAnalysisTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ManagerFeedbackAnalysis"]["type"]> = ["manager-feedback"];
export const objectionsObjectionsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Objections"]["objections"]["status"]> = ["answered", "open"];
export const peerFeedbackRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PeerFeedback"]["relationship"]> = ["teammate", "cross-team", "tech-lead", "manager", "report", "stakeholder", "other"];
export const peerFeedbackWithAnalysisRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PeerFeedbackWithAnalysis"]["relationship"]> = ["teammate", "cross-team", "tech-lead", "manager", "report", "stakeholder", "other"];
export const peerReviewAnalysisTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PeerReviewAnalysis"]["type"]> = ["peer-review"];
export const profileCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const profileCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const profileReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const profileTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Profile"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const readinessCompetenciesStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Readiness"]["competencies"]["status"]> = ["strong", "emerging", "gap"];
export const readinessConsistencyOneStrongPeriodVerdictValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Readiness"]["consistency"]["oneStrongPeriod"]["verdict"]> = ["next-level", "some", "none"];
export const readinessConsistencyPeriodsVerdictValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Readiness"]["consistency"]["periods"]["verdict"]> = ["next-level", "some", "none"];
export const readinessOverallStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Readiness"]["overall"]["status"]> = ["ready", "close", "not-yet"];
export const recordAssessmentInputRaterValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordAssessmentInput"]["rater"]> = ["self", "manager"];
export const recordAssessmentInputRatingsQualifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordAssessmentInput"]["ratings"]["qualifier"]> = ["working-towards", "meets", "exceeds"];
export const recordPeerFeedbackInputRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordPeerFeedbackInput"]["relationship"]> = ["teammate", "cross-team", "tech-lead", "manager", "report", "stakeholder", "other"];
export const reviewedGoalFlagsFlagValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewedGoal"]["flags"]["flag"]> = ["overdue", "stalled", "not-started"];
export const reviewedGoalQualityChecksCriterionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewedGoal"]["quality"]["checks"]["criterion"]> = ["concrete", "visible", "impactful", "time-bound"];
export const reviewedGoalStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewedGoal"]["status"]> = ["planned", "active", "done", "dropped"];
export const saveProfileInputCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const saveProfileInputCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const saveProfileInputReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const saveProfileInputTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveProfileInput"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const updateConversationInputTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateConversationInput"]["type"]> = ["career", "check-in", "feedback"];
export const updateEntryInputKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEntryInput"]["kind"]> = ["feature", "incident", "design", "mentoring", "tech-debt", "process", "other"];
export const updateEntryInputScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEntryInput"]["scope"]> = ["individual", "team", "cross-team", "org"];
export const updateEntryInputVisibilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEntryInput"]["visibility"]> = ["private", "manager"];
export const updateGoalInputStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateGoalInput"]["status"]> = ["planned", "active", "done", "dropped"];
export const updatePeerFeedbackInputRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdatePeerFeedbackInput"]["relationship"]> = ["teammate", "cross-team", "tech-lead", "manager", "report", "stakeholder", "other"];
export const updateProfileInputCompanyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["company"]> = ["generic", "google", "meta", "amazon", "microsoft", "apple"];
export const updateProfileInputCurrentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["currentLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export const updateProfileInputReviewCadenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["reviewCadence"]> = ["quarterly", "half-yearly", "yearly"];
export const updateProfileInputTargetLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProfileInput"]["targetLevel"]> = ["junior", "mid", "senior", "staff", "senior-staff", "principal"];
export type operations = Record<string, never>;
