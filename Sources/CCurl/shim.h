// libcurl for Swift (Debian libcurl4-openssl-dev), opened with dlopen the first time a web page
// is fetched: linking it (or FoundationNetworking) would load libcurl and its two dozen TLS,
// Kerberos and LDAP libraries at every start, which costs more than reading a whole page.
// Only DossierKit's URLFetcher imports this module; no curl type leaves that file.
#ifndef DOSSIER_CCURL_SHIM_H
#define DOSSIER_CCURL_SHIM_H
#include <curl/curl.h>
#include <dlfcn.h>
#include <stddef.h>

typedef size_t (*cc_write_fn)(char *ptr, size_t size, size_t nmemb, void *userdata);

typedef struct {
    void *lib;
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
} cc_api;

/// Loads libcurl; 0 on success.
static inline int cc_load(cc_api *api) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"};
    api->lib = NULL;
    for (int i = 0; i < 3 && !api->lib; i++) api->lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!api->lib) return -1;
    api->easy_init = (CURL *(*)(void))dlsym(api->lib, "curl_easy_init");
    api->easy_setopt = (CURLcode(*)(CURL *, CURLoption, ...))dlsym(api->lib, "curl_easy_setopt");
    api->easy_perform = (CURLcode(*)(CURL *))dlsym(api->lib, "curl_easy_perform");
    api->easy_getinfo = (CURLcode(*)(CURL *, CURLINFO, ...))dlsym(api->lib, "curl_easy_getinfo");
    api->easy_cleanup = (void (*)(CURL *))dlsym(api->lib, "curl_easy_cleanup");
    api->easy_strerror = (const char *(*)(CURLcode))dlsym(api->lib, "curl_easy_strerror");
    return api->easy_init && api->easy_setopt && api->easy_perform && api->easy_getinfo && api->easy_cleanup && api->easy_strerror ? 0 : -2;
}

/// Fetches `url`: follows up to `max_redirects` redirects, gives up after `timeout_ms`, sends
/// `user_agent`; the body goes to `write` with `userdata`. Returns curl's code; `status` gets
/// the final HTTP status, `final_url` and `content_type` point into curl's memory until cleanup.
static inline CURLcode cc_fetch(cc_api *api, CURL *h, const char *url, const char *user_agent, long timeout_ms,
                                long max_redirects, cc_write_fn write, void *userdata, long *status) {
    api->easy_setopt(h, CURLOPT_URL, url);
    api->easy_setopt(h, CURLOPT_USERAGENT, user_agent);
    api->easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    api->easy_setopt(h, CURLOPT_MAXREDIRS, max_redirects);
    api->easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout_ms);
    api->easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    api->easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    api->easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    api->easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    api->easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    api->easy_setopt(h, CURLOPT_WRITEFUNCTION, write);
    api->easy_setopt(h, CURLOPT_WRITEDATA, userdata);
    CURLcode rc = api->easy_perform(h);
    *status = 0;
    api->easy_getinfo(h, CURLINFO_RESPONSE_CODE, status);
    return rc;
}

static inline const char *cc_info_string(cc_api *api, CURL *h, CURLINFO info) {
    char *s = NULL;
    api->easy_getinfo(h, info, &s);
    return s;
}

static inline CURLINFO cc_effective_url(void) { return CURLINFO_EFFECTIVE_URL; }
static inline CURLINFO cc_content_type(void) { return CURLINFO_CONTENT_TYPE; }
#endif
