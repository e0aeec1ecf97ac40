// netclaim's native transport: the few syscalls Node cannot make itself.
//
// Everything that switches a thread's network namespace happens here, synchronously and
// inside one C call, so that no JavaScript, libuv callback or thread creation can ever run
// while the thread is switched (threads inherit the creator's namespace, so a leak would be
// permanent). If switching back fails the process aborts: continuing in the wrong namespace
// would silently configure the wrong host.
//
// The module is deliberately protocol-agnostic: it moves netlink datagrams and knows only the
// netlink header, to find where a reply ends. Encoding and decoding live in TypeScript.
//
// Built against Node-API only, so one binary serves every Node major.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <node_api.h>

#ifndef NETLINK_EXT_ACK
#define NETLINK_EXT_ACK 11
#endif
#ifndef NETLINK_GET_STRICT_CHK
#define NETLINK_GET_STRICT_CHK 12
#endif

// A kernel reply never takes long; this only bounds a bug (a request that gets no answer).
#define RECV_TIMEOUT_SECONDS 10
#define SOCKET_BUFFER_BYTES (4 * 1024 * 1024)

#define NAPI_CALL(env, call)                                       \
  do {                                                             \
    if ((call) != napi_ok) {                                       \
      napi_throw_error((env), "EINTERNAL", "N-API call failed: " #call); \
      return NULL;                                                 \
    }                                                              \
  } while (0)

// ---------------------------------------------------------------------------------------
// errors

static napi_value make_errno_error(napi_env env, int err, const char *what) {
  char message[512];
  const char *name = strerrorname_np(err);
  snprintf(message, sizeof message, "%s: %s", what, strerror(err));
  napi_value code, msg, error, errno_value;
  napi_create_string_utf8(env, name ? name : "EUNKNOWN", NAPI_AUTO_LENGTH, &code);
  napi_create_string_utf8(env, message, NAPI_AUTO_LENGTH, &msg);
  napi_create_error(env, code, msg, &error);
  napi_create_int32(env, err, &errno_value);
  napi_set_named_property(env, error, "errno", errno_value);
  napi_set_named_property(env, error, "syscall", msg);
  return error;
}

static void throw_errno(napi_env env, int err, const char *what) {
  napi_throw(env, make_errno_error(env, err, what));
}

// ---------------------------------------------------------------------------------------
// namespace switching

typedef struct {
  int self_fd;   // this thread's own netns, to come back to
  int target_fd;
} netns_switch;

// Enters the namespace at path. Returns 0 or an errno; on error nothing was switched.
static int netns_enter(const char *path, netns_switch *sw) {
  sw->self_fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  if (sw->self_fd < 0) return errno;
  sw->target_fd = open(path, O_RDONLY | O_CLOEXEC);
  if (sw->target_fd < 0) {
    int err = errno;
    close(sw->self_fd);
    return err;
  }
  if (setns(sw->target_fd, CLONE_NEWNET) != 0) {
    int err = errno;
    close(sw->target_fd);
    close(sw->self_fd);
    return err;
  }
  return 0;
}

static void netns_leave(netns_switch *sw) {
  if (setns(sw->self_fd, CLONE_NEWNET) != 0) {
    fprintf(stderr, "netclaim: cannot return to the original network namespace (%s); aborting\n",
            strerror(errno));
    abort();
  }
  close(sw->target_fd);
  close(sw->self_fd);
}

// ---------------------------------------------------------------------------------------
// argument helpers

// Reads an optional string argument (null/undefined -> empty). Returns false after throwing.
static bool get_optional_string(napi_env env, napi_value value, char *out, size_t size) {
  napi_valuetype type;
  napi_typeof(env, value, &type);
  if (type == napi_null || type == napi_undefined) {
    out[0] = '\0';
    return true;
  }
  size_t len;
  if (napi_get_value_string_utf8(env, value, out, size, &len) != napi_ok || len >= size - 1) {
    napi_throw_type_error(env, "EINVAL", "expected a string path shorter than 4096 bytes");
    return false;
  }
  return true;
}

static bool get_int(napi_env env, napi_value value, int32_t *out) {
  if (napi_get_value_int32(env, value, out) != napi_ok) {
    napi_throw_type_error(env, "EINVAL", "expected an integer");
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// sockets

static int configure_socket(int fd, const int32_t *groups, uint32_t group_count) {
  int one = 1, size = SOCKET_BUFFER_BYTES;
  struct timeval timeout = {.tv_sec = RECV_TIMEOUT_SECONDS, .tv_usec = 0};
  struct sockaddr_nl local = {.nl_family = AF_NETLINK};
  // Extended ACKs carry the kernel's own reason ("Address already assigned"); strict
  // checking makes the kernel honour dump filters instead of silently ignoring them.
  setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one);
  setsockopt(fd, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof one);
  setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
  setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
  if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout) != 0) return errno;
  if (bind(fd, (struct sockaddr *)&local, sizeof local) != 0) return errno;
  for (uint32_t i = 0; i < group_count; i++) {
    if (setsockopt(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &groups[i], sizeof groups[i]) != 0)
      return errno;
  }
  return 0;
}

// Opens a netlink socket in the namespace at netns_path ("" = this thread's own).
// Returns the fd, or -errno.
static int open_netlink(int protocol, const char *netns_path, const int32_t *groups,
                        uint32_t group_count, int extra_flags) {
  netns_switch sw;
  if (netns_path[0] != '\0') {
    int err = netns_enter(netns_path, &sw);
    if (err != 0) return -err;
  }
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | extra_flags, protocol);
  int socket_errno = errno;
  if (netns_path[0] != '\0') netns_leave(&sw);
  if (fd < 0) return -socket_errno;
  int err = configure_socket(fd, groups, group_count);
  if (err != 0) {
    close(fd);
    return -err;
  }
  return fd;
}

#define MAX_GROUPS 32

typedef struct {
  int32_t protocol;
  char path[4096];
  int32_t groups[MAX_GROUPS];
  uint32_t group_count;
} socket_args;

// (protocol, netnsPath | null, groups: number[]), shared by openSocket and monitor.
static bool get_socket_args(napi_env env, napi_value *argv, socket_args *args) {
  if (!get_int(env, argv[0], &args->protocol)) return false;
  if (!get_optional_string(env, argv[1], args->path, sizeof args->path)) return false;
  if (napi_get_array_length(env, argv[2], &args->group_count) != napi_ok) {
    napi_throw_type_error(env, "EINVAL", "groups must be an array of multicast group numbers");
    return false;
  }
  if (args->group_count > MAX_GROUPS) args->group_count = MAX_GROUPS;
  for (uint32_t i = 0; i < args->group_count; i++) {
    napi_value element;
    if (napi_get_element(env, argv[2], i, &element) != napi_ok || !get_int(env, element, &args->groups[i])) return false;
  }
  return true;
}

// openSocket(protocol, netnsPath | null, groups: number[]): fd
static napi_value js_open_socket(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  socket_args args;
  if (!get_socket_args(env, argv, &args)) return NULL;
  int fd = open_netlink(args.protocol, args.path, args.groups, args.group_count, 0);
  if (fd < 0) {
    char what[4200];
    snprintf(what, sizeof what, "open netlink socket%s%s", args.path[0] ? " in " : "", args.path);
    throw_errno(env, -fd, what);
    return NULL;
  }
  napi_value result;
  NAPI_CALL(env, napi_create_int32(env, fd, &result));
  return result;
}

static napi_value js_close_socket(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!get_int(env, argv[0], &fd)) return NULL;
  close(fd);
  return NULL;
}

// ---------------------------------------------------------------------------------------
// request/reply

typedef struct {
  uint8_t *data;
  size_t length;
  size_t capacity;
} byte_buffer;

static int buffer_append(byte_buffer *b, const void *data, size_t length) {
  if (b->length + length > b->capacity) {
    size_t capacity = b->capacity ? b->capacity : 16384;
    while (capacity < b->length + length) capacity *= 2;
    uint8_t *grown = realloc(b->data, capacity);
    if (!grown) return ENOMEM;
    b->data = grown;
    b->capacity = capacity;
  }
  memcpy(b->data + b->length, data, length);
  b->length += length;
  return 0;
}

// Sends one request and collects every reply message carrying its sequence number, until the
// reply is complete: an error/ACK, the end of a dump, or a single non-multipart answer.
// rtnetlink does its work inside sendmsg, so for non-dump requests the reply is already queued.
static int transact(int fd, const uint8_t *request, size_t request_length, uint32_t seq,
                    byte_buffer *reply) {
  struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
  ssize_t sent;
  do {
    sent = sendto(fd, request, request_length, 0, (struct sockaddr *)&kernel, sizeof kernel);
  } while (sent < 0 && errno == EINTR);
  if (sent < 0) return errno;

  size_t datagram_capacity = 65536;
  uint8_t *datagram = malloc(datagram_capacity);
  if (!datagram) return ENOMEM;
  int err = 0;
  bool done = false;
  while (!done) {
    ssize_t peeked = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC);
    if (peeked < 0) {
      if (errno == EINTR) continue;
      err = errno == EAGAIN ? ETIMEDOUT : errno;
      break;
    }
    if ((size_t)peeked > datagram_capacity) {
      uint8_t *grown = realloc(datagram, (size_t)peeked);
      if (!grown) { err = ENOMEM; break; }
      datagram = grown;
      datagram_capacity = (size_t)peeked;
    }
    ssize_t received = recv(fd, datagram, datagram_capacity, 0);
    if (received < 0) {
      if (errno == EINTR) continue;
      err = errno == EAGAIN ? ETIMEDOUT : errno;
      break;
    }
    size_t remaining = (size_t)received;
    for (struct nlmsghdr *h = (struct nlmsghdr *)datagram; NLMSG_OK(h, remaining);
         h = NLMSG_NEXT(h, remaining)) {
      if (h->nlmsg_seq != seq) continue;  // a stale answer to an abandoned request
      static const uint8_t padding[NLMSG_ALIGNTO] = {0};
      err = buffer_append(reply, h, h->nlmsg_len);
      if (!err) err = buffer_append(reply, padding, NLMSG_ALIGN(h->nlmsg_len) - h->nlmsg_len);
      if (err) break;
      if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR ||
          !(h->nlmsg_flags & NLM_F_MULTI)) {
        done = true;
      }
    }
    if (err) break;
  }
  free(datagram);
  return err;
}

static bool get_request(napi_env env, napi_value *argv, int32_t *fd, void **data, size_t *length,
                        uint32_t *seq) {
  bool is_buffer = false;
  if (!get_int(env, argv[0], fd)) return false;
  napi_is_buffer(env, argv[1], &is_buffer);
  if (!is_buffer) {
    napi_throw_type_error(env, "EINVAL", "request must be a Buffer");
    return false;
  }
  napi_get_buffer_info(env, argv[1], data, length);
  if (napi_get_value_uint32(env, argv[2], seq) != napi_ok) {
    napi_throw_type_error(env, "EINVAL", "seq must be a uint32");
    return false;
  }
  return true;
}

static void free_reply(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  free(data);
}

static napi_value reply_to_buffer(napi_env env, byte_buffer *reply) {
  napi_value result;
  if (reply->length == 0) {
    free(reply->data);
    napi_create_buffer(env, 0, NULL, &result);
    return result;
  }
  napi_create_external_buffer(env, reply->length, reply->data, free_reply, NULL, &result);
  return result;
}

// transact(fd, request: Buffer, seq): Buffer — blocks the calling thread; for quick requests.
static napi_value js_transact(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t fd;
  void *data;
  size_t length;
  uint32_t seq;
  if (!get_request(env, argv, &fd, &data, &length, &seq)) return NULL;
  byte_buffer reply = {0};
  int err = transact(fd, data, length, seq, &reply);
  if (err) {
    free(reply.data);
    throw_errno(env, err, "netlink request");
    return NULL;
  }
  return reply_to_buffer(env, &reply);
}

typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  napi_ref request_ref;  // keeps the request Buffer alive while a pool thread reads it
  int fd;
  const uint8_t *request;
  size_t request_length;
  uint32_t seq;
  byte_buffer reply;
  int err;
} async_transaction;

static void execute_transaction(napi_env env, void *data) {
  (void)env;
  async_transaction *t = data;
  t->err = transact(t->fd, t->request, t->request_length, t->seq, &t->reply);
}

static void complete_transaction(napi_env env, napi_status status, void *data) {
  async_transaction *t = data;
  if (status != napi_ok && t->err == 0) t->err = ECANCELED;
  if (t->err) {
    free(t->reply.data);
    napi_reject_deferred(env, t->deferred, make_errno_error(env, t->err, "netlink request"));
  } else {
    napi_resolve_deferred(env, t->deferred, reply_to_buffer(env, &t->reply));
  }
  napi_delete_reference(env, t->request_ref);
  napi_delete_async_work(env, t->work);
  free(t);
}

// transactAsync(fd, request: Buffer, seq): Promise<Buffer> — runs on the libuv thread pool,
// for requests the kernel takes long over (moving a link between namespaces: 15-45 ms).
static napi_value js_transact_async(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  async_transaction *t = calloc(1, sizeof *t);
  if (!t) {
    throw_errno(env, ENOMEM, "netlink request");
    return NULL;
  }
  void *request;
  if (!get_request(env, argv, &t->fd, &request, &t->request_length, &t->seq)) {
    free(t);
    return NULL;
  }
  t->request = request;
  napi_value promise, name;
  NAPI_CALL(env, napi_create_promise(env, &t->deferred, &promise));
  NAPI_CALL(env, napi_create_reference(env, argv[1], 1, &t->request_ref));
  NAPI_CALL(env, napi_create_string_utf8(env, "netclaim:netlink", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_async_work(env, NULL, name, execute_transaction,
                                        complete_transaction, t, &t->work));
  NAPI_CALL(env, napi_queue_async_work(env, t->work));
  return promise;
}

// ---------------------------------------------------------------------------------------
// sysctl

// /proc/sys/net shows the namespace of the thread that OPENS the file: open it while switched,
// then read or write through the fd from home.
static int open_in_netns(const char *netns_path, const char *path, int flags) {
  netns_switch sw;
  if (netns_path[0] != '\0') {
    int err = netns_enter(netns_path, &sw);
    if (err != 0) return -err;
  }
  int fd = open(path, flags | O_CLOEXEC);
  int open_errno = errno;
  if (netns_path[0] != '\0') netns_leave(&sw);
  return fd < 0 ? -open_errno : fd;
}

// writeProcFile(netnsPath | null, path, value)
static napi_value js_write_proc_file(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char netns_path[4096], path[4096], value[256];
  size_t value_length;
  if (!get_optional_string(env, argv[0], netns_path, sizeof netns_path)) return NULL;
  if (!get_optional_string(env, argv[1], path, sizeof path)) return NULL;
  if (napi_get_value_string_utf8(env, argv[2], value, sizeof value, &value_length) != napi_ok) {
    napi_throw_type_error(env, "EINVAL", "value must be a string");
    return NULL;
  }
  int fd = open_in_netns(netns_path, path, O_WRONLY);
  char what[4200];
  snprintf(what, sizeof what, "write %s", path);
  if (fd < 0) {
    throw_errno(env, -fd, what);
    return NULL;
  }
  ssize_t written = write(fd, value, value_length);
  int err = written < 0 ? errno : 0;
  close(fd);
  if (err) throw_errno(env, err, what);
  return NULL;
}

// readProcFile(netnsPath | null, path): string
static napi_value js_read_proc_file(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char netns_path[4096], path[4096], what[4200], value[4096];
  if (!get_optional_string(env, argv[0], netns_path, sizeof netns_path)) return NULL;
  if (!get_optional_string(env, argv[1], path, sizeof path)) return NULL;
  snprintf(what, sizeof what, "read %s", path);
  int fd = open_in_netns(netns_path, path, O_RDONLY);
  if (fd < 0) {
    throw_errno(env, -fd, what);
    return NULL;
  }
  ssize_t length = read(fd, value, sizeof value - 1);
  int err = length < 0 ? errno : 0;
  close(fd);
  if (err) {
    throw_errno(env, err, what);
    return NULL;
  }
  napi_value result;
  NAPI_CALL(env, napi_create_string_utf8(env, value, (size_t)length, &result));
  return result;
}

// ---------------------------------------------------------------------------------------
// multicast monitoring

// A dedicated thread blocks in poll() on the socket and an eventfd (for stopping) and hands
// each datagram to JavaScript through a thread-safe function; the event loop never blocks.
typedef struct {
  int fd;
  int stop_fd;
  pthread_t thread;
  napi_threadsafe_function deliver;
  bool closed;
} monitor;

typedef struct {
  size_t length;  // 0 = the kernel dropped events (ENOBUFS): the listener must resynchronise
  uint8_t data[];
} monitor_datagram;

static void *monitor_thread(void *arg) {
  monitor *m = arg;
  uint8_t buffer[65536];
  struct pollfd fds[2] = {{.fd = m->fd, .events = POLLIN}, {.fd = m->stop_fd, .events = POLLIN}};
  for (;;) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (fds[1].revents) break;
    for (;;) {
      ssize_t received = recv(m->fd, buffer, sizeof buffer, MSG_DONTWAIT);
      if (received < 0 && errno == EINTR) continue;
      if (received < 0 && errno != ENOBUFS) break;
      size_t length = received < 0 ? 0 : (size_t)received;
      monitor_datagram *d = malloc(sizeof *d + length);
      if (!d) break;
      d->length = length;
      memcpy(d->data, buffer, length);
      if (napi_call_threadsafe_function(m->deliver, d, napi_tsfn_blocking) != napi_ok) {
        free(d);
        return NULL;
      }
    }
  }
  return NULL;
}

static void call_listener(napi_env env, napi_value callback, void *context, void *data) {
  (void)context;
  monitor_datagram *d = data;
  if (env != NULL) {
    napi_value arg, undefined;
    napi_get_undefined(env, &undefined);
    if (d->length == 0) {
      napi_get_null(env, &arg);
    } else {
      void *copy;
      napi_create_buffer_copy(env, d->length, d->data, &copy, &arg);
    }
    napi_call_function(env, undefined, callback, 1, &arg, NULL);
  }
  free(d);
}

static void stop_monitor(monitor *m) {
  if (m->closed) return;
  m->closed = true;
  uint64_t one = 1;
  if (write(m->stop_fd, &one, sizeof one) < 0) { /* the thread also stops when fd closes */ }
  pthread_join(m->thread, NULL);
  close(m->fd);
  close(m->stop_fd);
}

static void finalize_monitor(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  monitor *m = data;
  if (!m->closed) {
    stop_monitor(m);
    napi_release_threadsafe_function(m->deliver, napi_tsfn_release);
  }
  free(m);
}

static napi_value js_close_monitor(napi_env env, napi_callback_info info) {
  napi_value self;
  monitor *m;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  NAPI_CALL(env, napi_unwrap(env, self, (void **)&m));
  if (!m->closed) {
    stop_monitor(m);
    napi_release_threadsafe_function(m->deliver, napi_tsfn_release);
  }
  return NULL;
}

// monitor(protocol, netnsPath | null, groups: number[], listener: (datagram: Buffer | null) => void)
//   : { close(): void }
static napi_value js_monitor(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  socket_args args;
  if (!get_socket_args(env, argv, &args)) return NULL;
  int fd = open_netlink(args.protocol, args.path, args.groups, args.group_count, SOCK_NONBLOCK);
  if (fd < 0) {
    throw_errno(env, -fd, "open netlink monitor");
    return NULL;
  }
  monitor *m = calloc(1, sizeof *m);
  m->fd = fd;
  m->stop_fd = eventfd(0, EFD_CLOEXEC);
  napi_value name, handle, close_fn;
  NAPI_CALL(env, napi_create_string_utf8(env, "netclaim:monitor", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_threadsafe_function(env, argv[3], NULL, name, 64, 1, NULL, NULL,
                                                 NULL, call_listener, &m->deliver));
  if (pthread_create(&m->thread, NULL, monitor_thread, m) != 0) {
    int err = errno;
    napi_release_threadsafe_function(m->deliver, napi_tsfn_release);
    close(m->fd);
    close(m->stop_fd);
    free(m);
    throw_errno(env, err, "start netlink monitor thread");
    return NULL;
  }
  NAPI_CALL(env, napi_create_object(env, &handle));
  NAPI_CALL(env, napi_create_function(env, "close", NAPI_AUTO_LENGTH, js_close_monitor, NULL,
                                      &close_fn));
  NAPI_CALL(env, napi_set_named_property(env, handle, "close", close_fn));
  NAPI_CALL(env, napi_wrap(env, handle, m, finalize_monitor, NULL, NULL));
  return handle;
}

// ---------------------------------------------------------------------------------------

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor properties[] = {
      {"openSocket", NULL, js_open_socket, NULL, NULL, NULL, napi_default, NULL},
      {"closeSocket", NULL, js_close_socket, NULL, NULL, NULL, napi_default, NULL},
      {"transact", NULL, js_transact, NULL, NULL, NULL, napi_default, NULL},
      {"transactAsync", NULL, js_transact_async, NULL, NULL, NULL, napi_default, NULL},
      {"writeProcFile", NULL, js_write_proc_file, NULL, NULL, NULL, napi_default, NULL},
      {"readProcFile", NULL, js_read_proc_file, NULL, NULL, NULL, napi_default, NULL},
      {"monitor", NULL, js_monitor, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties);
  return exports;
}

NAPI_MODULE(netlink_native, init)
