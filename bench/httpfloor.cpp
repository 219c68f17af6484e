// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// nd-bench-http: the two HTTP helpers of the benchmarks, without Qt and without JSON parsing.
//
//   nd-bench-http floor --base http://127.0.0.1:PORT --project P --key-id K --key-secret S [--page-size N]
//       Fetches every page of GET /activeNumbers for MOBILE, LOCAL and TOLL_FREE (the walk the CLI does
//       without --type) over one keep-alive connection. The body is never parsed: nextPageToken is found
//       by a byte search in the last bytes of the body (the sandbox writes it after the array), and
//       totalSize the same way. This is the floor the CLI's full fetch is compared to.
//
//   nd-bench-http load --base URL --project P --key-id K --key-secret S --clients N --seconds T
//                      [--page-size N] [--type T]
//       N threads, each with its own keep-alive connection, send the same first-page request in a loop
//       for T seconds (a small wrk). Prints requests/s and MB/s.
//
// Both print one JSON object on stdout. Logs and errors go to stderr; secrets are never printed.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Target
{
    std::string host = "127.0.0.1";
    int port = 0;
};

bool parseBase(const std::string &base, Target *t)
{
    const std::string prefix = "http://";
    if (base.compare(0, prefix.size(), prefix) != 0)
        return false;
    const std::string rest = base.substr(prefix.size());
    const auto colon = rest.find(':');
    if (colon == std::string::npos)
        return false;
    t->host = rest.substr(0, colon);
    t->port = std::atoi(rest.c_str() + colon + 1);
    return t->port > 0;
}

std::string base64(const std::string &in)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    while (i + 2 < in.size()) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8)
            | static_cast<unsigned char>(in[i + 2]);
        out += table[(v >> 18) & 63];
        out += table[(v >> 12) & 63];
        out += table[(v >> 6) & 63];
        out += table[v & 63];
        i += 3;
    }
    if (i + 1 == in.size()) {
        const unsigned v = static_cast<unsigned char>(in[i]) << 16;
        out += table[(v >> 18) & 63];
        out += table[(v >> 12) & 63];
        out += "==";
    } else if (i + 2 == in.size()) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
        out += table[(v >> 18) & 63];
        out += table[(v >> 12) & 63];
        out += table[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

std::string percentEncode(const std::string &in)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : in) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_'
            || u == '.' || u == '~') {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

// One keep-alive HTTP/1.1 connection. Responses carry Content-Length (the sandbox always sends it).
class Connection
{
public:
    explicit Connection(const Target &t)
        : m_target(t)
    {
    }
    ~Connection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool connectNow()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return false;
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(m_target.port));
        if (::inet_pton(AF_INET, m_target.host.c_str(), &addr.sin_addr) != 1)
            return false;
        return ::connect(m_fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0;
    }

    // Sends the request and reads the whole response; body into *body. Returns the status, -1 on error.
    int request(const std::string &head, const std::string &reqBody, std::string *body)
    {
        const std::string out = head + reqBody;
        size_t sent = 0;
        while (sent < out.size()) {
            const ssize_t n = ::send(m_fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
            if (n <= 0)
                return -1;
            sent += static_cast<size_t>(n);
        }
        // Read until the end of the headers.
        size_t headerEnd = std::string::npos;
        while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos) {
            if (!fill())
                return -1;
        }
        const std::string headers = m_buffer.substr(0, headerEnd);
        int status = -1;
        if (headers.size() > 12)
            status = std::atoi(headers.c_str() + 9);
        size_t length = 0;
        {
            // Case-insensitive search for Content-Length.
            std::string lower = headers;
            for (char &c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const auto pos = lower.find("\r\ncontent-length:");
            if (pos == std::string::npos)
                return -1;
            length = std::strtoull(headers.c_str() + pos + 17, nullptr, 10);
        }
        const size_t start = headerEnd + 4;
        body->reserve(length);
        while (m_buffer.size() < start + length) {
            if (!fill())
                return -1;
        }
        body->assign(m_buffer, start, length);
        m_buffer.erase(0, start + length);
        return status;
    }

private:
    bool fill()
    {
        char chunk[1 << 16];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, static_cast<size_t>(n));
        return true;
    }

    Target m_target;
    int m_fd = -1;
    std::string m_buffer;
};

struct Args
{
    std::string mode;
    std::map<std::string, std::string> values;
    std::string value(const std::string &k, const std::string &def = {}) const
    {
        const auto it = values.find(k);
        return it == values.end() ? def : it->second;
    }
};

std::string tokenRequestHead(const Target &t, const Args &a, size_t bodyLength)
{
    return "POST /oauth2/token HTTP/1.1\r\nHost: " + t.host + ":" + std::to_string(t.port)
        + "\r\nAuthorization: Basic " + base64(a.value("key-id") + ":" + a.value("key-secret"))
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + std::to_string(bodyLength)
        + "\r\n\r\n";
}

bool fetchAccessToken(Connection &c, const Target &t, const Args &a, std::string *token)
{
    const std::string body = "grant_type=client_credentials";
    std::string reply;
    if (c.request(tokenRequestHead(t, a, body.size()), body, &reply) != 200)
        return false;
    const std::string key = "\"access_token\":\"";
    const auto pos = reply.find(key);
    if (pos == std::string::npos)
        return false;
    const auto end = reply.find('"', pos + key.size());
    *token = reply.substr(pos + key.size(), end - pos - key.size());
    return true;
}

std::string pageHead(const Target &t, const Args &a, const std::string &bearer, const std::string &type,
                     const std::string &pageToken)
{
    std::string path = "/v1/projects/" + percentEncode(a.value("project")) + "/activeNumbers?type=" + type
        + "&pageSize=" + a.value("page-size", "1000");
    if (!pageToken.empty())
        path += "&pageToken=" + percentEncode(pageToken);
    return "GET " + path + " HTTP/1.1\r\nHost: " + t.host + ":" + std::to_string(t.port)
        + "\r\nAuthorization: Bearer " + bearer + "\r\nAccept: application/json\r\n\r\n";
}

// Byte search in the tail of the body: the sandbox writes nextPageToken and totalSize after the array.
std::string tailString(const std::string &body, const std::string &key)
{
    const size_t from = body.size() > 4096 ? body.size() - 4096 : 0;
    const auto pos = body.find(key, from);
    if (pos == std::string::npos)
        return {};
    const auto start = pos + key.size();
    const auto end = body.find('"', start);
    return body.substr(start, end - start);
}

long long tailNumber(const std::string &body, const std::string &key)
{
    const size_t from = body.size() > 4096 ? body.size() - 4096 : 0;
    const auto pos = body.find(key, from);
    if (pos == std::string::npos)
        return -1;
    return std::atoll(body.c_str() + pos + key.size());
}

int runFloor(const Target &t, const Args &a)
{
    const auto begin = Clock::now();
    Connection c(t);
    if (!c.connectNow()) {
        std::fprintf(stderr, "nd-bench-http: cannot connect\n");
        return 1;
    }
    std::string bearer;
    if (!fetchAccessToken(c, t, a, &bearer)) {
        std::fprintf(stderr, "nd-bench-http: token request failed\n");
        return 1;
    }
    long long pages = 0;
    long long bytes = 0;
    long long total = 0;
    std::string body;
    for (const std::string type : {"MOBILE", "LOCAL", "TOLL_FREE"}) {
        std::string next;
        bool first = true;
        do {
            const int status = c.request(pageHead(t, a, bearer, type, next), {}, &body);
            if (status != 200) {
                std::fprintf(stderr, "nd-bench-http: page request failed (HTTP %d)\n", status);
                return 1;
            }
            ++pages;
            bytes += static_cast<long long>(body.size());
            if (first)
                total += tailNumber(body, "\"totalSize\":");
            first = false;
            next = tailString(body, "\"nextPageToken\":\"");
        } while (!next.empty());
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
    std::printf("{\"wallMs\":%.1f,\"pages\":%lld,\"bytes\":%lld,\"totalSize\":%lld}\n", ms, pages, bytes, total);
    return 0;
}

int runLoad(const Target &t, const Args &a)
{
    const int clients = std::max(1, std::atoi(a.value("clients", "2").c_str()));
    const double seconds = std::atof(a.value("seconds", "3").c_str());
    const std::string type = a.value("type", "LOCAL");
    std::string bearer;
    {
        Connection c(t);
        if (!c.connectNow() || !fetchAccessToken(c, t, a, &bearer)) {
            std::fprintf(stderr, "nd-bench-http: token request failed\n");
            return 1;
        }
    }
    std::atomic<bool> stop{false};
    std::atomic<bool> failed{false};
    std::vector<long long> counts(static_cast<size_t>(clients), 0);
    std::vector<long long> byteCounts(static_cast<size_t>(clients), 0);
    std::vector<std::thread> threads;
    const auto begin = Clock::now();
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&, i] {
            Connection c(t);
            if (!c.connectNow()) {
                failed = true;
                return;
            }
            const std::string head = pageHead(t, a, bearer, type, {});
            std::string body;
            while (!stop.load(std::memory_order_relaxed)) {
                if (c.request(head, {}, &body) != 200) {
                    failed = true;
                    return;
                }
                ++counts[static_cast<size_t>(i)];
                byteCounts[static_cast<size_t>(i)] += static_cast<long long>(body.size());
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto &th : threads)
        th.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - begin).count();
    if (failed) {
        std::fprintf(stderr, "nd-bench-http: a request failed\n");
        return 1;
    }
    long long n = 0;
    long long bytes = 0;
    for (int i = 0; i < clients; ++i) {
        n += counts[static_cast<size_t>(i)];
        bytes += byteCounts[static_cast<size_t>(i)];
    }
    std::printf("{\"clients\":%d,\"pageSize\":%s,\"seconds\":%.3f,\"requests\":%lld,\"requestsPerSecond\":%.1f,"
                "\"mbPerSecond\":%.1f}\n",
                clients, a.value("page-size", "1000").c_str(), elapsed, n, static_cast<double>(n) / elapsed,
                static_cast<double>(bytes) / elapsed / 1e6);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    Args a;
    if (argc < 2) {
        std::fprintf(stderr, "usage: nd-bench-http floor|load --base URL --project P --key-id K --key-secret S ...\n");
        return 2;
    }
    a.mode = argv[1];
    for (int i = 2; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        if (k.rfind("--", 0) != 0) {
            std::fprintf(stderr, "nd-bench-http: unexpected argument %s\n", argv[i]);
            return 2;
        }
        a.values[k.substr(2)] = argv[i + 1];
    }
    Target t;
    if (!parseBase(a.value("base"), &t)) {
        std::fprintf(stderr, "nd-bench-http: --base must be http://HOST:PORT\n");
        return 2;
    }
    if (a.mode == "floor")
        return runFloor(t, a);
    if (a.mode == "load")
        return runLoad(t, a);
    std::fprintf(stderr, "nd-bench-http: unknown mode\n");
    return 2;
}
