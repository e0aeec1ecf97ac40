/*
 * Sandbox process for the e2e pause image: no registry is reachable, so the
 * harness builds its own. As PID 1 of a pod it must reap orphans that land on
 * it and must exit promptly on SIGTERM/SIGINT, otherwise StopPodSandbox waits
 * for its kill timeout.
 */
#include <signal.h>
#include <stddef.h>
#include <sys/wait.h>
#include <unistd.h>

static void exit_on_termination(int signal_number) {
	(void)signal_number;
	_exit(0);
}

static void reap_children(int signal_number) {
	(void)signal_number;
	while (waitpid(-1, NULL, WNOHANG) > 0) {
	}
}

static int install_handler(int signal_number, void (*handler)(int)) {
	struct sigaction action = {0};
	action.sa_handler = handler;
	action.sa_flags = SA_RESTART;
	sigemptyset(&action.sa_mask);
	return sigaction(signal_number, &action, NULL);
}

int main(void) {
	if (install_handler(SIGTERM, exit_on_termination) != 0 ||
	    install_handler(SIGINT, exit_on_termination) != 0 ||
	    install_handler(SIGCHLD, reap_children) != 0) {
		return 1;
	}
	for (;;) {
		pause();
	}
}
