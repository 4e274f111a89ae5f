export const id = 795;
export const ids = [795];
export const modules = {

/***/ 94795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadArtifactInternal: () => (/* binding */ downloadArtifactInternal),
/* harmony export */   downloadArtifactPublic: () => (/* binding */ downloadArtifactPublic),
/* harmony export */   streamExtractExternal: () => (/* binding */ streamExtractExternal)
/* harmony export */ });
/* harmony import */ var fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91943);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79896);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76982);
/* harmony import */ var stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2203);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16928);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61351);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85287);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44942);
/* harmony import */ var unzip_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33991);
/* harmony import */ var _shared_user_agent_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87248);
/* harmony import */ var _shared_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(48893);
/* harmony import */ var _shared_artifact_twirp_client_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(53488);
/* harmony import */ var _generated_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(17911);
/* harmony import */ var _shared_util_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(14659);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2320);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};















const scrubQueryParameters = (url) => {
    const parsed = new URL(url);
    parsed.search = '';
    return parsed.toString();
};
function exists(path) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield fs_promises__WEBPACK_IMPORTED_MODULE_0__.access(path);
            return true;
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                return false;
            }
            else {
                throw error;
            }
        }
    });
}
function streamExtract(url, directory, skipDecompress) {
    return __awaiter(this, void 0, void 0, function* () {
        let retryCount = 0;
        while (retryCount < 5) {
            try {
                return yield streamExtractExternal(url, directory, { skipDecompress });
            }
            catch (error) {
                retryCount++;
                _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Failed to download artifact after ${retryCount} retries due to ${error.message}. Retrying in 5 seconds...`);
                // wait 5 seconds before retrying
                yield new Promise(resolve => setTimeout(resolve, 5000));
            }
        }
        throw new Error(`Artifact download failed after ${retryCount} retries.`);
    });
}
function streamExtractExternal(url_1, directory_1) {
    return __awaiter(this, arguments, void 0, function* (url, directory, opts = {}) {
        const { timeout = 30 * 1000, skipDecompress = false } = opts;
        const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_7__/* .HttpClient */ .Qq((0,_shared_user_agent_js__WEBPACK_IMPORTED_MODULE_9__/* .getUserAgentString */ .k)());
        const response = yield client.get(url);
        if (response.message.statusCode !== 200) {
            throw new Error(`Unexpected HTTP response from blob storage: ${response.message.statusCode} ${response.message.statusMessage}`);
        }
        const contentType = response.message.headers['content-type'] || '';
        const mimeType = contentType.split(';', 1)[0].trim().toLowerCase();
        // Check if the URL path ends with .zip (ignoring query parameters)
        const urlPath = new URL(url).pathname.toLowerCase();
        const urlEndsWithZip = urlPath.endsWith('.zip');
        const isZip = mimeType === 'application/zip' ||
            mimeType === 'application/x-zip-compressed' ||
            mimeType === 'application/zip-compressed' ||
            urlEndsWithZip;
        // Extract filename from Content-Disposition header
        // Prefer filename* (RFC 5987) which supports UTF-8 encoded filenames,
        // fall back to filename which may contain ASCII-only replacements
        const contentDisposition = response.message.headers['content-disposition'] || '';
        let fileName = 'artifact';
        const filenameStar = contentDisposition.match(/filename\*\s*=\s*UTF-8''([^;\r\n]*)/i);
        const filenamePlain = contentDisposition.match(/(?<!\*)filename\s*=\s*['"]?([^;\r\n"']*)['"]?/i);
        const rawName = (filenameStar === null || filenameStar === void 0 ? void 0 : filenameStar[1]) || (filenamePlain === null || filenamePlain === void 0 ? void 0 : filenamePlain[1]);
        if (rawName) {
            // Sanitize fileName to prevent path traversal attacks
            // Use path.basename to extract only the filename component
            fileName = path__WEBPACK_IMPORTED_MODULE_4__.basename(decodeURIComponent(rawName.trim()));
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Content-Type: ${contentType}, mimeType: ${mimeType}, urlEndsWithZip: ${urlEndsWithZip}, isZip: ${isZip}, skipDecompress: ${skipDecompress}`);
        _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Content-Disposition: ${contentDisposition}, fileName: ${fileName}`);
        let sha256Digest = undefined;
        return new Promise((resolve, reject) => {
            const timerFn = () => {
                const timeoutError = new Error(`Blob storage chunk did not respond in ${timeout}ms`);
                response.message.destroy(timeoutError);
                reject(timeoutError);
            };
            const timer = setTimeout(timerFn, timeout);
            const onError = (error) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`response.message: Artifact download failed: ${error.message}`);
                clearTimeout(timer);
                reject(error);
            };
            const hashStream = crypto__WEBPACK_IMPORTED_MODULE_2__.createHash('sha256').setEncoding('hex');
            const passThrough = new stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough()
                .on('data', () => {
                timer.refresh();
            })
                .on('error', onError);
            response.message.pipe(passThrough);
            passThrough.pipe(hashStream);
            const onClose = () => {
                clearTimeout(timer);
                if (hashStream) {
                    hashStream.end();
                    sha256Digest = hashStream.read();
                    _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`SHA256 digest of downloaded artifact is ${sha256Digest}`);
                }
                resolve({ sha256Digest: `sha256:${sha256Digest}` });
            };
            if (isZip && !skipDecompress) {
                // Extract zip file
                passThrough
                    .pipe(unzip_stream__WEBPACK_IMPORTED_MODULE_8__.Extract({ path: directory }))
                    .on('close', onClose)
                    .on('error', onError);
            }
            else {
                // Save raw file without extracting
                const filePath = path__WEBPACK_IMPORTED_MODULE_4__.join(directory, fileName);
                const writeStream = fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream(filePath);
                _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Downloading raw file (non-zip) to: ${filePath}`);
                passThrough.pipe(writeStream).on('close', onClose).on('error', onError);
            }
        });
    });
}
function downloadArtifactPublic(artifactId, repositoryOwner, repositoryName, token, options) {
    return __awaiter(this, void 0, void 0, function* () {
        const downloadPath = yield resolveOrCreateDirectory(options === null || options === void 0 ? void 0 : options.path);
        const api = _actions_github__WEBPACK_IMPORTED_MODULE_5__/* .getOctokit */ .Q(token);
        let digestMismatch = false;
        _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Downloading artifact '${artifactId}' from '${repositoryOwner}/${repositoryName}'`);
        const { headers, status } = yield api.rest.actions.downloadArtifact({
            owner: repositoryOwner,
            repo: repositoryName,
            artifact_id: artifactId,
            archive_format: 'zip',
            request: {
                redirect: 'manual'
            }
        });
        if (status !== 302) {
            throw new Error(`Unable to download artifact. Unexpected status: ${status}`);
        }
        const { location } = headers;
        if (!location) {
            throw new Error(`Unable to redirect to artifact download url`);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Redirecting to blob download url: ${scrubQueryParameters(location)}`);
        try {
            _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Starting download of artifact to: ${downloadPath}`);
            const extractResponse = yield streamExtract(location, downloadPath, options === null || options === void 0 ? void 0 : options.skipDecompress);
            _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Artifact download completed successfully.`);
            if (options === null || options === void 0 ? void 0 : options.expectedHash) {
                if ((options === null || options === void 0 ? void 0 : options.expectedHash) !== extractResponse.sha256Digest) {
                    digestMismatch = true;
                    _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Computed digest: ${extractResponse.sha256Digest}`);
                    _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Expected digest: ${options.expectedHash}`);
                }
            }
        }
        catch (error) {
            throw new Error(`Unable to download and extract artifact: ${error.message}`);
        }
        return { downloadPath, digestMismatch };
    });
}
function downloadArtifactInternal(artifactId, options) {
    return __awaiter(this, void 0, void 0, function* () {
        const downloadPath = yield resolveOrCreateDirectory(options === null || options === void 0 ? void 0 : options.path);
        const artifactClient = (0,_shared_artifact_twirp_client_js__WEBPACK_IMPORTED_MODULE_11__/* .internalArtifactTwirpClient */ .l)();
        let digestMismatch = false;
        const { workflowRunBackendId, workflowJobRunBackendId } = (0,_shared_util_js__WEBPACK_IMPORTED_MODULE_13__/* .getBackendIdsFromToken */ .a7)();
        const listReq = {
            workflowRunBackendId,
            workflowJobRunBackendId,
            idFilter: _generated_index_js__WEBPACK_IMPORTED_MODULE_12__/* .Int64Value */ .j1.create({ value: artifactId.toString() })
        };
        const { artifacts } = yield artifactClient.ListArtifacts(listReq);
        if (artifacts.length === 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_14__.ArtifactNotFoundError(`No artifacts found for ID: ${artifactId}\nAre you trying to download from a different run? Try specifying a github-token with \`actions:read\` scope.`);
        }
        if (artifacts.length > 1) {
            _actions_core__WEBPACK_IMPORTED_MODULE_6__.warning('Multiple artifacts found, defaulting to first.');
        }
        const signedReq = {
            workflowRunBackendId: artifacts[0].workflowRunBackendId,
            workflowJobRunBackendId: artifacts[0].workflowJobRunBackendId,
            name: artifacts[0].name
        };
        const { signedUrl } = yield artifactClient.GetSignedArtifactURL(signedReq);
        _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Redirecting to blob download url: ${scrubQueryParameters(signedUrl)}`);
        try {
            _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Starting download of artifact to: ${downloadPath}`);
            const extractResponse = yield streamExtract(signedUrl, downloadPath, options === null || options === void 0 ? void 0 : options.skipDecompress);
            _actions_core__WEBPACK_IMPORTED_MODULE_6__.info(`Artifact download completed successfully.`);
            if (options === null || options === void 0 ? void 0 : options.expectedHash) {
                if ((options === null || options === void 0 ? void 0 : options.expectedHash) !== extractResponse.sha256Digest) {
                    digestMismatch = true;
                    _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Computed digest: ${extractResponse.sha256Digest}`);
                    _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Expected digest: ${options.expectedHash}`);
                }
            }
        }
        catch (error) {
            throw new Error(`Unable to download and extract artifact: ${error.message}`);
        }
        return { downloadPath, digestMismatch };
    });
}
function resolveOrCreateDirectory() {
    return __awaiter(this, arguments, void 0, function* (downloadPath = (0,_shared_config_js__WEBPACK_IMPORTED_MODULE_10__.getGitHubWorkspaceDir)()) {
        if (!(yield exists(downloadPath))) {
            _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Artifact destination folder does not exist, creating: ${downloadPath}`);
            yield fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(downloadPath, { recursive: true });
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_6__.debug(`Artifact destination folder already exists: ${downloadPath}`);
        }
        return downloadPath;
    });
}
//# sourceMappingURL=download-artifact.js.map

/***/ })

};
