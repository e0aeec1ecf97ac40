// netclaim's native transport: the few syscalls Node cannot make itself.
//
// Everything that switches a thread's network namespace happens here, synchronously and
// inside one C call, so that no JavaScript, libuv callback or thread creation can ever run
// while the thread is switched (threads inherit the creator's namespace, so a leak would be
// permanent). If switching back fails the process aborts: continuing in the wrong namespace
// would silently configure the wrong host.
//
// One more thing Node cannot do in one step: a durable record write (create, write, fsync,
// rename, fsync the directory) as ONE thread-pool job, where Node's fs makes each syscall a
// round trip of its own (nine per record, each a wake-up of the event loop).
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
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
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

// Something to open while switched: returns an fd, or -errno read right after the failing call.
typedef int (*netns_opener)(const void *arg);

// The one place a thread changes network namespace: runs open_fn inside the namespace at
// netns_path ("" = this thread's own) and comes back before returning open_fn's fd or -errno.
// Nothing else runs in between; if coming back fails the process aborts.
static int open_in_netns(const char *netns_path, netns_opener open_fn, const void *arg) {
  if (netns_path[0] == '\0') return open_fn(arg);
  int self_fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  if (self_fd < 0) return -errno;
  int target_fd = open(netns_path, O_RDONLY | O_CLOEXEC);
  if (target_fd < 0) {
    int err = errno;
    close(self_fd);
    return -err;
  }
  int result;
  if (setns(target_fd, CLONE_NEWNET) != 0) {
    result = -errno;
  } else {
    result = open_fn(arg);
    if (setns(self_fd, CLONE_NEWNET) != 0) {
      fprintf(stderr, "netclaim: cannot return to the original network namespace (%s); aborting\n",
              strerror(errno));
      abort();
    }
  }
  close(target_fd);
  close(self_fd);
  return result;
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

typedef struct {
  int protocol;
  int flags;
} socket_spec;

static int open_socket_here(const void *arg) {
  const socket_spec *spec = arg;
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | spec->flags, spec->protocol);
  return fd < 0 ? -errno : fd;
}

// Opens a netlink socket in the namespace at netns_path ("" = this thread's own).
// Returns the fd, or -errno.
static int open_netlink(int protocol, const char *netns_path, const int32_t *groups,
                        uint32_t group_count, int extra_flags) {
  socket_spec spec = {.protocol = protocol, .flags = extra_flags};
  int fd = open_in_netns(netns_path, open_socket_here, &spec);
  if (fd < 0) return fd;
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
  if (args->group_count > MAX_GROUPS) {
    napi_throw_range_error(env, "EINVAL", "at most 32 multicast groups");
    return false;
  }
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

// The one argument of a call that takes only a file descriptor; false with an exception pending.
static bool get_fd_arg(napi_env env, napi_callback_info info, int32_t *fd) {
  size_t argc = 1;
  napi_value argv[1];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) {
    napi_throw_error(env, "EINVAL", "cannot read arguments");
    return false;
  }
  return get_int(env, argv[0], fd);
}

static napi_value js_close_socket(napi_env env, napi_callback_info info) {
  int32_t fd;
  if (!get_fd_arg(env, info, &fd)) return NULL;
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

// Hands the reply's memory to a Buffer, or frees it when no Buffer could be made (false).
static bool reply_to_buffer(napi_env env, byte_buffer *reply, napi_value *result) {
  napi_status status;
  if (reply->length == 0) {
    free(reply->data);
    status = napi_create_buffer(env, 0, NULL, result);
  } else {
    status = napi_create_external_buffer(env, reply->length, reply->data, free_reply, NULL, result);
    if (status != napi_ok) free(reply->data);
  }
  return status == napi_ok;
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
  napi_value result;
  if (!reply_to_buffer(env, &reply, &result)) {
    throw_errno(env, ENOMEM, "netlink reply");
    return NULL;
  }
  return result;
}

// What every job run on the libuv thread pool has (as its first member): its work, the promise
// its completion settles, and a reference that keeps the Buffer it reads alive until then.
typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  napi_ref buffer_ref;
} pool_job;

static void free_pool_job(napi_env env, pool_job *job) {
  if (job->work) napi_delete_async_work(env, job->work);
  if (job->buffer_ref) napi_delete_reference(env, job->buffer_ref);
  free(job);
}

// Keeps `buffer` alive for the job; false (job freed, exception pending) when N-API cannot.
static bool keep_buffer(napi_env env, pool_job *job, napi_value buffer, const char *what) {
  if (napi_create_reference(env, buffer, 1, &job->buffer_ref) == napi_ok) return true;
  free_pool_job(env, job);
  char message[128];
  snprintf(message, sizeof message, "N-API call failed: cannot start a %s", what);
  napi_throw_error(env, "EINTERNAL", message);
  return false;
}

// Queues `job` and returns the promise `complete` settles (and frees the job with free_pool_job).
// Everything that can fail is made before the promise, so a failure leaves nothing behind: the
// job is freed, and an exception is pending (NULL) or the promise is rejected.
static napi_value queue_pool_job(napi_env env, pool_job *job, const char *resource, const char *what,
                                 napi_async_execute_callback execute, napi_async_complete_callback complete) {
  napi_value promise, name;
  char message[128];
  if (napi_create_string_utf8(env, resource, NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, execute, complete, job, &job->work) != napi_ok ||
      napi_create_promise(env, &job->deferred, &promise) != napi_ok) {
    free_pool_job(env, job);
    snprintf(message, sizeof message, "N-API call failed: cannot start a %s", what);
    napi_throw_error(env, "EINTERNAL", message);
    return NULL;
  }
  if (napi_queue_async_work(env, job->work) != napi_ok) {
    snprintf(message, sizeof message, "queue %s", what);
    napi_reject_deferred(env, job->deferred, make_errno_error(env, EAGAIN, message));
    free_pool_job(env, job);
  }
  return promise;
}

typedef struct {
  pool_job job;  // first: the request Buffer is its buffer
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
    napi_reject_deferred(env, t->job.deferred, make_errno_error(env, t->err, "netlink request"));
  } else {
    napi_value buffer;
    if (reply_to_buffer(env, &t->reply, &buffer)) napi_resolve_deferred(env, t->job.deferred, buffer);
    else napi_reject_deferred(env, t->job.deferred, make_errno_error(env, ENOMEM, "netlink reply"));
  }
  free_pool_job(env, &t->job);
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
  if (!keep_buffer(env, &t->job, argv[1], "netlink request")) return NULL;
  return queue_pool_job(env, &t->job, "netclaim:netlink", "netlink request", execute_transaction, complete_transaction);
}

// ---------------------------------------------------------------------------------------
// sysctl

typedef struct {
  const char *path;
  int flags;
} file_spec;

static int open_file_here(const void *arg) {
  const file_spec *spec = arg;
  int fd = open(spec->path, spec->flags | O_CLOEXEC);
  return fd < 0 ? -errno : fd;
}

// /proc/sys/net shows the namespace of the thread that OPENS the file: open it while switched,
// then read or write through the fd from home.
static int open_proc_file(const char *netns_path, const char *path, int flags) {
  file_spec spec = {.path = path, .flags = flags};
  return open_in_netns(netns_path, open_file_here, &spec);
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
  int fd = open_proc_file(netns_path, path, O_WRONLY);
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
  int fd = open_proc_file(netns_path, path, O_RDONLY);
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
//
// A dedicated thread blocks in poll() and hands each datagram to JavaScript through a
// thread-safe function (TSFN) with a bounded queue. The thread never waits for the JS thread:
// every call into the TSFN is non-blocking. When the queue is full (the JS thread is busy) the
// datagram is dropped and one overflow marker is owed instead, queued as soon as there is room
// and ahead of any later datagram; the listener then rescans, which covers everything dropped
// before the marker. The JS thread tells the monitor thread about room through an eventfd that
// poll also waits on. Memory stays bounded (64 queued datagrams) however long JS is busy.
//
// Because the thread waits on nothing but poll, which the stop eventfd wakes, stopping it never
// depends on the JS thread. The old design called the TSFN in blocking mode and close() joined
// the thread: with the queue full, the thread waited for the JS thread, which waited in join.
//
// Lifetimes. `monitor` has two owners, the JS handle (collected or not) and the TSFN; it is
// freed when both are done. close() (or collection of the handle) only signals the thread and
// never joins. The thread's last act is to release the TSFN; Node then finalizes the TSFN on
// the JS thread, and that finalizer joins (bounded, by the rule above: the thread is past its
// last wait, or, when Node tears the environment down first, woken by the stop eventfd), then
// closes the fds: no fd is closed while the thread or a pending callback may still use it.

#define MONITOR_QUEUE 64
// Datagrams read per wakeup, so a flood cannot keep the thread from noticing the stop eventfd.
#define MONITOR_BATCH 64
#define MONITOR_STOPPED (-1)

typedef struct {
  size_t length;
  uint8_t data[];
} monitor_datagram;

// Queued in place of dropped datagrams (the listener sees null); static, never freed.
static monitor_datagram overflow_marker;

typedef struct {
  int fd;
  int stop_fd;  // the JS thread asks the monitor thread to exit
  int room_fd;  // the JS thread took an item while a marker is owed: there is room for it
  pthread_t thread;
  bool thread_started;
  napi_threadsafe_function deliver;
  napi_ref listener;          // to report a failure of the thread from the TSFN finalizer
  atomic_bool overflow_owed;  // written by the monitor thread only, read by the JS thread
  int failure;                // errno that ended the thread; written before it releases the TSFN
  // JS thread only:
  bool closed;     // close() called or the handle collected: the listener hears nothing more
  bool finalized;  // the TSFN is finalized and the fds are closed
  int owners;      // the JS handle (once wrapped) and the TSFN
} monitor;

static void signal_eventfd(int fd) {
  uint64_t one = 1;
  // Cannot fail short of a counter overflow, which still leaves it readable: nothing to do.
  if (write(fd, &one, sizeof one) < 0) return;
}

// Tries to queue the owed overflow marker. False when the TSFN is closing.
static bool settle_overflow(monitor *m) {
  if (!atomic_load(&m->overflow_owed)) return true;
  napi_status status = napi_call_threadsafe_function(m->deliver, &overflow_marker,
                                                     napi_tsfn_nonblocking);
  if (status == napi_ok) atomic_store(&m->overflow_owed, false);
  return status == napi_ok || status == napi_queue_full;
}

// Something could not be delivered: the listener is owed a rescan. The flag is set before
// retrying, so a JS thread that takes an item after this failed attempt sees it and signals
// room (the TSFN's mutex orders our attempt before its take).
static bool owe_overflow(monitor *m) {
  atomic_store(&m->overflow_owed, true);
  return settle_overflow(m);
}

// Hands one datagram to the JS thread without waiting. False when the TSFN is closing.
static bool deliver_datagram(monitor *m, const uint8_t *data, size_t length) {
  if (!settle_overflow(m)) return false;
  if (atomic_load(&m->overflow_owed)) return true;  // still full: the owed marker covers it
  monitor_datagram *d = malloc(sizeof *d + length);
  if (!d) return owe_overflow(m);
  d->length = length;
  memcpy(d->data, data, length);
  napi_status status = napi_call_threadsafe_function(m->deliver, d, napi_tsfn_nonblocking);
  if (status == napi_ok) return true;
  free(d);
  return status == napi_queue_full && owe_overflow(m);
}

// Reads up to MONITOR_BATCH datagrams. Returns 0 to go on polling, MONITOR_STOPPED when the
// TSFN is closing, or the errno of a failure that ends the monitor.
static int receive_batch(monitor *m, uint8_t *buffer, size_t size) {
  for (int i = 0; i < MONITOR_BATCH; i++) {
    // MSG_TRUNC returns the datagram's real length, so a cut one is noticed, never decoded.
    ssize_t received = recv(m->fd, buffer, size, MSG_DONTWAIT | MSG_TRUNC);
    bool delivered;
    if (received < 0) {
      if (errno == EAGAIN) return 0;
      if (errno == EINTR) continue;
      if (errno != ENOBUFS) return errno;
      delivered = owe_overflow(m);  // the kernel dropped events: same remedy as our own drops
    } else if ((size_t)received > size) {
      delivered = owe_overflow(m);
    } else {
      delivered = deliver_datagram(m, buffer, (size_t)received);
    }
    if (!delivered) return MONITOR_STOPPED;
  }
  return 0;
}

static void *monitor_thread(void *arg) {
  monitor *m = arg;
  uint8_t buffer[65536];
  struct pollfd fds[3] = {{.fd = m->fd, .events = POLLIN},
                          {.fd = m->stop_fd, .events = POLLIN},
                          {.fd = m->room_fd, .events = POLLIN}};
  int result = 0;
  while (result == 0) {
    if (poll(fds, 3, -1) < 0) {
      if (errno != EINTR) result = errno;
      continue;
    }
    if (fds[1].revents) break;
    if (fds[2].revents) {
      uint64_t count;
      if (read(m->room_fd, &count, sizeof count) < 0 && errno != EAGAIN) result = errno;
      else if (!settle_overflow(m)) result = MONITOR_STOPPED;
    }
    if (result == 0 && fds[0].revents) result = receive_batch(m, buffer, sizeof buffer);
  }
  if (result > 0) m->failure = result;
  napi_release_threadsafe_function(m->deliver, napi_tsfn_release);  // the last use of m
  return NULL;
}

static void release_monitor(monitor *m) {
  if (--m->owners == 0) free(m);
}

static void close_monitor_fds(monitor *m) {
  if (m->fd >= 0) close(m->fd);
  if (m->stop_fd >= 0) close(m->stop_fd);
  if (m->room_fd >= 0) close(m->room_fd);
}

// Runs on the JS thread for each queued item; with env NULL when Node discards the queue after
// the TSFN's finalizer, when m may be gone already: then only the item is freed.
static void call_listener(napi_env env, napi_value callback, void *context, void *data) {
  monitor_datagram *d = data;
  if (env != NULL) {
    monitor *m = context;
    // An item left the queue: if a marker is owed, there is room for it now.
    if (atomic_load(&m->overflow_owed)) signal_eventfd(m->room_fd);
    napi_value arg, undefined;
    if (!m->closed && napi_get_undefined(env, &undefined) == napi_ok &&
        (d == &overflow_marker ? napi_get_null(env, &arg)
                               : napi_create_buffer_copy(env, d->length, d->data, NULL, &arg)) == napi_ok &&
        napi_call_function(env, undefined, callback, 1, &arg, NULL) == napi_pending_exception) {
      // Node would only print a deprecation warning for an exception thrown here: make it an
      // uncaught exception instead. (watchLinks catches its listener's errors and reports them.)
      napi_value error;
      if (napi_get_and_clear_last_exception(env, &error) == napi_ok) napi_fatal_exception(env, error);
    }
  }
  if (d != &overflow_marker) free(d);
}

// Tells the listener, as an Error, that the monitor thread ended on a failure.
static void report_failure(napi_env env, monitor *m) {
  napi_value listener, undefined, error;
  if (napi_get_reference_value(env, m->listener, &listener) != napi_ok || listener == NULL ||
      napi_get_undefined(env, &undefined) != napi_ok)
    return;
  error = make_errno_error(env, m->failure, "netlink monitor");
  if (napi_call_function(env, undefined, listener, 1, &error, NULL) == napi_pending_exception &&
      napi_get_and_clear_last_exception(env, &error) == napi_ok)
    napi_fatal_exception(env, error);
}

static void finalize_deliver(napi_env env, void *data, void *hint) {
  (void)hint;
  monitor *m = data;
  if (m->thread_started) {
    signal_eventfd(m->stop_fd);  // needed only when Node tears down before the thread released
    pthread_join(m->thread, NULL);
  }
  close_monitor_fds(m);
  m->finalized = true;
  if (m->failure && !m->closed) report_failure(env, m);
  napi_delete_reference(env, m->listener);
  release_monitor(m);
}

static void stop_monitor(monitor *m) {
  if (m->closed) return;
  m->closed = true;
  if (!m->finalized) signal_eventfd(m->stop_fd);
}

static void finalize_handle(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  monitor *m = data;
  stop_monitor(m);
  release_monitor(m);
}

// close(): returns at once; the thread exits on its own and the TSFN's finalizer cleans up.
static napi_value js_close_monitor(napi_env env, napi_callback_info info) {
  napi_value self;
  monitor *m;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  NAPI_CALL(env, napi_unwrap(env, self, (void **)&m));
  stop_monitor(m);
  return NULL;
}

// Once the TSFN exists it owns the cleanup: releasing it finalizes (fds, reference, memory).
static napi_value start_monitor(napi_env env, monitor *m, napi_value listener) {
  napi_value name, handle, close_fn;
  if (napi_create_string_utf8(env, "netclaim:monitor", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_reference(env, listener, 1, &m->listener) != napi_ok) {
    close_monitor_fds(m);
    if (m->listener) napi_delete_reference(env, m->listener);
    free(m);
    napi_throw_error(env, "EINTERNAL", "N-API call failed: cannot start the netlink monitor");
    return NULL;
  }
  if (napi_create_threadsafe_function(env, listener, NULL, name, MONITOR_QUEUE, 1, m,
                                      finalize_deliver, m, call_listener, &m->deliver) != napi_ok) {
    close_monitor_fds(m);
    napi_delete_reference(env, m->listener);
    free(m);
    napi_throw_error(env, "EINTERNAL", "N-API call failed: cannot start the netlink monitor");
    return NULL;
  }
  m->owners = 1;
  int err = pthread_create(&m->thread, NULL, monitor_thread, m);  // returns its error
  if (err != 0) {
    m->closed = true;
    napi_release_threadsafe_function(m->deliver, napi_tsfn_release);
    throw_errno(env, err, "start netlink monitor thread");
    return NULL;
  }
  m->thread_started = true;
  if (napi_create_object(env, &handle) != napi_ok ||
      napi_create_function(env, "close", NAPI_AUTO_LENGTH, js_close_monitor, NULL, &close_fn) != napi_ok ||
      napi_set_named_property(env, handle, "close", close_fn) != napi_ok ||
      napi_wrap(env, handle, m, finalize_handle, NULL, NULL) != napi_ok) {
    stop_monitor(m);  // no handle to close it with: stop now
    napi_throw_error(env, "EINTERNAL", "N-API call failed: cannot start the netlink monitor");
    return NULL;
  }
  m->owners = 2;
  return handle;
}

// monitor(protocol, netnsPath | null, groups: number[],
//         listener: (datagram: Buffer | null | Error) => void): { close(): void }
static napi_value js_monitor(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  socket_args args;
  if (!get_socket_args(env, argv, &args)) return NULL;
  napi_valuetype listener_type;
  if (napi_typeof(env, argv[3], &listener_type) != napi_ok || listener_type != napi_function) {
    napi_throw_type_error(env, "EINVAL", "listener must be a function");
    return NULL;
  }
  monitor *m = calloc(1, sizeof *m);
  if (!m) {
    throw_errno(env, ENOMEM, "start netlink monitor");
    return NULL;
  }
  atomic_init(&m->overflow_owed, false);
  m->stop_fd = m->room_fd = -1;
  m->fd = open_netlink(args.protocol, args.path, args.groups, args.group_count, SOCK_NONBLOCK);
  int err = m->fd < 0 ? -m->fd : 0;
  if (!err) m->stop_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (!err && m->stop_fd < 0) err = errno;
  if (!err) m->room_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (!err && m->room_fd < 0) err = errno;
  if (err) {
    close_monitor_fds(m);
    free(m);
    throw_errno(env, err, "open netlink monitor");
    return NULL;
  }
  return start_monitor(env, m, argv[3]);
}

// ---------------------------------------------------------------------------------------
// durable files

// A durable write or removal in a directory, run on the thread pool. `step` names the syscall
// that failed (for the error), `refused` says why a write was refused without an errno.
typedef struct {
  pool_job job;  // first: a write's data Buffer is its buffer
  char dir[4096];
  char temp[256];
  char name[256];
  const uint8_t *data;
  size_t length;
  bool remove;
  bool existed;
  int err;
  const char *step;
  const char *refused;
} durable_job;

static int write_all(int fd, const uint8_t *data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    data += n;
    length -= (size_t)n;
  }
  return 0;
}

// temp -> fsync -> rename over name -> fsync the directory. The temporary name is fresh and
// opened O_EXCL|O_NOFOLLOW (nothing planted can be written through); a symlink or anything but
// a regular file at `name` is refused. On any failure the temporary file is removed.
static void write_durably(durable_job *j, int dir_fd) {
  int fd = openat(dir_fd, j->temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    j->err = errno;
    j->step = "create temporary file";
    return;
  }
  j->err = write_all(fd, j->data, j->length);
  if (j->err) j->step = "write temporary file";
  // fsync, not fdatasync: the file is new, its inode (size, mode) must be on disk with its data.
  if (!j->err && fsync(fd) != 0) {
    j->err = errno;
    j->step = "fsync temporary file";
  }
  if (close(fd) != 0 && !j->err) {
    j->err = errno;
    j->step = "close temporary file";
  }
  if (!j->err) {
    struct stat info;
    if (fstatat(dir_fd, j->name, &info, AT_SYMLINK_NOFOLLOW) == 0) {
      if (S_ISLNK(info.st_mode)) j->refused = "it is a symbolic link";
      else if (!S_ISREG(info.st_mode)) j->refused = "it is not a regular file";
    } else if (errno != ENOENT) {
      j->err = errno;
      j->step = "stat record";
    }
  }
  if (!j->err && !j->refused && renameat(dir_fd, j->temp, dir_fd, j->name) != 0) {
    j->err = errno;
    j->step = "rename temporary file over record";
  }
  if (j->err || j->refused) {
    unlinkat(dir_fd, j->temp, 0);
    return;
  }
  // The rename is durable only once the directory entry is on disk.
  if (fsync(dir_fd) != 0) {
    j->err = errno;
    j->step = "fsync directory";
  }
}

static void remove_durably(durable_job *j, int dir_fd) {
  if (unlinkat(dir_fd, j->name, 0) != 0) {
    if (errno != ENOENT) {
      j->err = errno;
      j->step = "remove record";
    }
    return;
  }
  j->existed = true;
  if (fsync(dir_fd) != 0) {
    j->err = errno;
    j->step = "fsync directory";
  }
}

static void execute_durable(napi_env env, void *data) {
  (void)env;
  durable_job *j = data;
  int dir_fd = open(j->dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dir_fd < 0) {
    j->err = errno;
    j->step = "open directory";
    return;
  }
  if (j->remove) remove_durably(j, dir_fd);
  else write_durably(j, dir_fd);
  close(dir_fd);
}

static void complete_durable(napi_env env, napi_status status, void *data) {
  durable_job *j = data;
  if (status != napi_ok && j->err == 0 && !j->refused) {
    j->err = ECANCELED;
    j->step = "durable file job";
  }
  if (j->refused) {
    char message[512];
    snprintf(message, sizeof message, "refusing to write %.200s/%.200s: %s", j->dir, j->name, j->refused);
    napi_value code, msg, error;
    napi_create_string_utf8(env, "EREFUSED", NAPI_AUTO_LENGTH, &code);
    napi_create_string_utf8(env, message, NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, code, msg, &error);
    napi_reject_deferred(env, j->job.deferred, error);
  } else if (j->err) {
    char what[600];
    snprintf(what, sizeof what, "%s in %.500s", j->step, j->dir);
    napi_reject_deferred(env, j->job.deferred, make_errno_error(env, j->err, what));
  } else {
    napi_value result;
    if (j->remove) napi_get_boolean(env, j->existed, &result);
    else napi_get_undefined(env, &result);
    napi_resolve_deferred(env, j->job.deferred, result);
  }
  free_pool_job(env, &j->job);
}

static bool get_name(napi_env env, napi_value value, char *out, size_t size) {
  size_t len;
  if (napi_get_value_string_utf8(env, value, out, size, &len) != napi_ok || len == 0 || len >= size - 1 ||
      strchr(out, '/') != NULL) {
    napi_throw_type_error(env, "EINVAL", "expected a file name without a slash, shorter than 255 bytes");
    return false;
  }
  return true;
}

static napi_value queue_durable(napi_env env, durable_job *j) {
  return queue_pool_job(env, &j->job, "netclaim:durable-file", "durable file job", execute_durable, complete_durable);
}

// writeFileDurably(dir, tempName, name, data: Buffer): Promise<void> — see write_durably.
static napi_value js_write_file_durably(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  durable_job *j = calloc(1, sizeof *j);
  if (!j) {
    throw_errno(env, ENOMEM, "durable file job");
    return NULL;
  }
  bool is_buffer = false;
  void *bytes = NULL;
  if (!get_optional_string(env, argv[0], j->dir, sizeof j->dir) || !get_name(env, argv[1], j->temp, sizeof j->temp) ||
      !get_name(env, argv[2], j->name, sizeof j->name)) {
    free(j);
    return NULL;
  }
  napi_is_buffer(env, argv[3], &is_buffer);
  if (!is_buffer || j->dir[0] == '\0') {
    free(j);
    napi_throw_type_error(env, "EINVAL", "expected a directory path and a Buffer");
    return NULL;
  }
  napi_get_buffer_info(env, argv[3], &bytes, &j->length);
  j->data = bytes;
  if (!keep_buffer(env, &j->job, argv[3], "durable file job")) return NULL;
  return queue_durable(env, j);
}

// removeFileDurably(dir, name): Promise<boolean> — unlink, then fsync the directory; false
// when there was no such file.
static napi_value js_remove_file_durably(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  durable_job *j = calloc(1, sizeof *j);
  if (!j) {
    throw_errno(env, ENOMEM, "durable file job");
    return NULL;
  }
  j->remove = true;
  if (!get_optional_string(env, argv[0], j->dir, sizeof j->dir) || !get_name(env, argv[1], j->name, sizeof j->name)) {
    free(j);
    return NULL;
  }
  if (j->dir[0] == '\0') {
    free(j);
    napi_throw_type_error(env, "EINVAL", "expected a directory path");
    return NULL;
  }
  return queue_durable(env, j);
}

// ---------------------------------------------------------------------------------------
// file lock

// tryLockExclusive(fd): true when this open file now holds flock(LOCK_EX), false when another
// open file of the same inode holds it. Never waits: a waiting lock would pin a thread-pool
// thread that nothing can interrupt. The kernel drops the lock when the last descriptor of
// the open file closes, including when the process dies, however it dies.
static napi_value js_try_lock_exclusive(napi_env env, napi_callback_info info) {
  int32_t fd;
  if (!get_fd_arg(env, info, &fd)) return NULL;
  int rc;
  do rc = flock(fd, LOCK_EX | LOCK_NB);
  while (rc < 0 && errno == EINTR);
  if (rc < 0 && errno != EWOULDBLOCK) {
    throw_errno(env, errno, "lock state file");
    return NULL;
  }
  napi_value result;
  NAPI_CALL(env, napi_get_boolean(env, rc == 0, &result));
  return result;
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
      {"tryLockExclusive", NULL, js_try_lock_exclusive, NULL, NULL, NULL, napi_default, NULL},
      {"writeFileDurably", NULL, js_write_file_durably, NULL, NULL, NULL, napi_default, NULL},
      {"removeFileDurably", NULL, js_remove_file_durably, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties);
  return exports;
}

NAPI_MODULE(netlink_native, init)
