// The URL interface (https://url.spec.whatwg.org/#url-class): the constructor, URL.parse(),
// URL.canParse(), the component getters and their setters (the basic URL parser with a state
// override) and the searchParams object kept in sync with the URL's query.
// Deviation: URL.createObjectURL()/revokeObjectURL() are not provided (no blob URL store).
(function (host, lib) {
  'use strict';
  const { webidl } = lib;
  const {
    failure, basicURLParse, serializeURL, serializeOrigin, serializePath, hasOpaquePath,
    cannotHaveUsernamePasswordPort, percentEncodeString, inUserinfoSet, newSearchParams, setSearchParamsList,
  } = lib.url;

  // https://url.spec.whatwg.org/#api-url-parser
  function apiURLParse(url, base) {
    // 1. Let parsedBase be null. 2. If base is non-null: set parsedBase to the result of running the basic
    //    URL parser on base; if parsedBase is failure, then return failure.
    let parsedBase = null;
    if (base !== undefined) {
      parsedBase = basicURLParse(base);
      if (parsedBase === failure) return failure;
    }
    // 3. Return the result of running the basic URL parser on url with parsedBase.
    return basicURLParse(url, parsedBase);
  }

  function requireSetterArgument(count, name) {
    if (count < 1) throw new TypeError(`Failed to set the '${name}' property on 'URL': 1 argument required, but only 0 present.`);
  }

  class URL {
    // [[url]]: a URL record; [[query]]: a URLSearchParams object sharing that record.
    #url;
    #query;

    // https://url.spec.whatwg.org/#dom-url-url
    constructor(url, base = undefined) {
      if (url === webidl.internal) { // URL.parse(): `base` is an already parsed record
        this.#initialize(base);
        return;
      }
      if (arguments.length < 1) throw new TypeError("Failed to construct 'URL': 1 argument required, but only 0 present.");
      url = webidl.toUSVString(url);
      if (base !== undefined) base = webidl.toUSVString(base);
      // 1. Let parsedURL be the result of running the API URL parser on url with base, if given.
      const parsedURL = apiURLParse(url, base);
      // 2. If parsedURL is failure, then throw a TypeError.
      if (parsedURL === failure) throw new TypeError("Failed to construct 'URL': Invalid URL");
      // 3. Initialize this with parsedURL.
      this.#initialize(parsedURL);
    }

    // https://url.spec.whatwg.org/#url-initialize
    #initialize(urlRecord) {
      // 1. Let query be urlRecord's query, if that is non-null; otherwise the empty string.
      // 2. Set url's URL to urlRecord. 3. Set url's query object to a new URLSearchParams object.
      // 4. Initialize url's query object with query. 5. Set url's query object's URL object to url.
      this.#url = urlRecord;
      this.#query = newSearchParams(urlRecord);
    }

    // https://url.spec.whatwg.org/#dom-url-parse
    static parse(url, base = undefined) {
      webidl.requireArguments(arguments.length, 1, 'parse', 'URL');
      url = webidl.toUSVString(url);
      if (base !== undefined) base = webidl.toUSVString(base);
      // 1. Let parsedURL be the result of running the API URL parser on url with base, if given.
      // 2. If parsedURL is failure, then return null.
      const parsedURL = apiURLParse(url, base);
      if (parsedURL === failure) return null;
      // 3-4. Let url be a new URL object. Initialize url with parsedURL. 5. Return url.
      return new URL(webidl.internal, parsedURL);
    }

    // https://url.spec.whatwg.org/#dom-url-canparse
    static canParse(url, base = undefined) {
      webidl.requireArguments(arguments.length, 1, 'canParse', 'URL');
      url = webidl.toUSVString(url);
      if (base !== undefined) base = webidl.toUSVString(base);
      // 1-3. Return false if the API URL parser returns failure; otherwise true.
      return apiURLParse(url, base) !== failure;
    }

    // https://url.spec.whatwg.org/#dom-url-href: "return the serialization of this's URL."
    get href() {
      checkBrand(this);
      return serializeURL(this.#url);
    }

    set href(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'href');
      value = webidl.toUSVString(value);
      // 1. Let parsedURL be the result of running the basic URL parser on the given value.
      // 2. If parsedURL is failure, then throw a TypeError.
      const parsedURL = basicURLParse(value);
      if (parsedURL === failure) throw new TypeError("Failed to set the 'href' property on 'URL': Invalid URL");
      // 3. Set this's URL to parsedURL. (In place: the query object refers to the same record.)
      Object.assign(this.#url, parsedURL);
      // 4. Empty this's query object's list. 5. Let query be this's URL's query. 6. If query is non-null,
      //    then set this's query object's list to the result of parsing query.
      setSearchParamsList(this.#query, this.#url.query);
    }

    // https://url.spec.whatwg.org/#dom-url-origin: "return the serialization of this's URL's origin."
    get origin() {
      checkBrand(this);
      return serializeOrigin(this.#url);
    }

    // https://url.spec.whatwg.org/#dom-url-protocol: "return this's URL's scheme, followed by U+003A (:)."
    get protocol() {
      checkBrand(this);
      return this.#url.scheme + ':';
    }

    set protocol(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'protocol');
      // "basic URL parse the given value, followed by U+003A (:), with this's URL as url and scheme start state as state override."
      basicURLParse(webidl.toUSVString(value) + ':', null, this.#url, 'scheme start');
    }

    // https://url.spec.whatwg.org/#dom-url-username
    get username() {
      checkBrand(this);
      return this.#url.username;
    }

    set username(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'username');
      value = webidl.toUSVString(value);
      // 1. If this's URL cannot have a username/password/port, then return.
      if (cannotHaveUsernamePasswordPort(this.#url)) return;
      // 2. Set the username given this's URL and the given value
      //    ("set url's username to the result of running UTF-8 percent-encode on username using the userinfo percent-encode set").
      this.#url.username = percentEncodeString(value, inUserinfoSet);
    }

    // https://url.spec.whatwg.org/#dom-url-password
    get password() {
      checkBrand(this);
      return this.#url.password;
    }

    set password(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'password');
      value = webidl.toUSVString(value);
      // 1. If this's URL cannot have a username/password/port, then return. 2. Set the password given this's URL and the given value.
      if (cannotHaveUsernamePasswordPort(this.#url)) return;
      this.#url.password = percentEncodeString(value, inUserinfoSet);
    }

    // https://url.spec.whatwg.org/#dom-url-host
    get host() {
      checkBrand(this);
      const url = this.#url;
      // 2. If url's host is null, then return the empty string.
      if (url.host === null) return '';
      // 3. If url's port is null, return url's host, serialized.
      // 4. Return url's host, serialized, followed by U+003A (:) and url's port, serialized.
      return url.port === null ? url.host : `${url.host}:${url.port}`;
    }

    set host(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'host');
      value = webidl.toUSVString(value);
      // 1. If this's URL has an opaque path, then return.
      if (hasOpaquePath(this.#url)) return;
      // 2. Basic URL parse the given value with this's URL as url and host state as state override.
      basicURLParse(value, null, this.#url, 'host');
    }

    // https://url.spec.whatwg.org/#dom-url-hostname
    get hostname() {
      checkBrand(this);
      // 1. If this's URL's host is null, then return the empty string. 2. Return this's URL's host, serialized.
      return this.#url.host === null ? '' : this.#url.host;
    }

    set hostname(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'hostname');
      value = webidl.toUSVString(value);
      // 1. If this's URL has an opaque path, then return.
      if (hasOpaquePath(this.#url)) return;
      // 2. Basic URL parse the given value with this's URL as url and hostname state as state override.
      basicURLParse(value, null, this.#url, 'hostname');
    }

    // https://url.spec.whatwg.org/#dom-url-port
    get port() {
      checkBrand(this);
      // 1. If this's URL's port is null, then return the empty string. 2. Return this's URL's port, serialized.
      return this.#url.port === null ? '' : String(this.#url.port);
    }

    set port(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'port');
      value = webidl.toUSVString(value);
      // 1. If this's URL cannot have a username/password/port, then return.
      if (cannotHaveUsernamePasswordPort(this.#url)) return;
      // 2. If the given value is the empty string, then set this's URL's port to null.
      // 3. Otherwise, basic URL parse the given value with this's URL as url and port state as state override.
      if (value === '') this.#url.port = null;
      else basicURLParse(value, null, this.#url, 'port');
    }

    // https://url.spec.whatwg.org/#dom-url-pathname: "return the result of URL path serializing this's URL."
    get pathname() {
      checkBrand(this);
      return serializePath(this.#url);
    }

    set pathname(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'pathname');
      value = webidl.toUSVString(value);
      // 1. If this's URL has an opaque path, then return.
      if (hasOpaquePath(this.#url)) return;
      // 2. Empty this's URL's path.
      this.#url.path = [];
      // 3. Basic URL parse the given value with this's URL as url and path start state as state override.
      basicURLParse(value, null, this.#url, 'path start');
    }

    // https://url.spec.whatwg.org/#dom-url-search
    get search() {
      checkBrand(this);
      // 1. If this's URL's query is either null or the empty string, then return the empty string.
      // 2. Return U+003F (?), followed by this's URL's query.
      const query = this.#url.query;
      return query === null || query === '' ? '' : '?' + query;
    }

    set search(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'search');
      value = webidl.toUSVString(value);
      // 1. Let url be this's URL.
      const url = this.#url;
      // 2. If the given value is the empty string, then set url's query to null, empty this's query
      //    object's list, and return.
      if (value === '') {
        url.query = null;
        setSearchParamsList(this.#query, null);
        return;
      }
      // 3. Let input be the given value with a single leading U+003F (?) removed, if any.
      const input = value.startsWith('?') ? value.slice(1) : value;
      // 4. Set url's query to the empty string.
      url.query = '';
      // 5. Basic URL parse input with url as url and query state as state override.
      basicURLParse(input, null, url, 'query');
      // 6. Set this's query object's list to the result of parsing input.
      setSearchParamsList(this.#query, input);
    }

    // https://url.spec.whatwg.org/#dom-url-searchparams: "return this's query object."
    get searchParams() {
      checkBrand(this);
      return this.#query;
    }

    // https://url.spec.whatwg.org/#dom-url-hash
    get hash() {
      checkBrand(this);
      // 1. If this's URL's fragment is either null or the empty string, then return the empty string.
      // 2. Return U+0023 (#), followed by this's URL's fragment.
      const fragment = this.#url.fragment;
      return fragment === null || fragment === '' ? '' : '#' + fragment;
    }

    set hash(value) {
      checkBrand(this);
      requireSetterArgument(arguments.length, 'hash');
      value = webidl.toUSVString(value);
      // 1. If the given value is the empty string, then set this's URL's fragment to null and return.
      if (value === '') {
        this.#url.fragment = null;
        return;
      }
      // 2. Let input be the given value with a single leading U+0023 (#) removed, if any.
      const input = value.startsWith('#') ? value.slice(1) : value;
      // 3. Set this's URL's fragment to the empty string.
      this.#url.fragment = '';
      // 4. Basic URL parse input with this's URL as url and fragment state as state override.
      basicURLParse(input, null, this.#url, 'fragment');
    }

    // https://url.spec.whatwg.org/#dom-url-tojson: "return the serialization of this's URL."
    toJSON() {
      checkBrand(this);
      return serializeURL(this.#url);
    }

    // stringifier: the same as href.
    toString() {
      checkBrand(this);
      return serializeURL(this.#url);
    }

    static {
      lib.url.isURL = (v) => webidl.isObject(v) && #url in v;
      // The URL record behind a URL object (read-only use: the WebSocket binding accepts URL objects too).
      lib.url.recordOf = (v) => v.#url;
    }
  }

  function checkBrand(v) {
    if (!lib.url.isURL(v)) webidl.illegalInvocation();
  }

  webidl.defineInterface(URL, { length: 1 });
  lib.URL = URL;
})
