# Richards: Martin Richards' simulation of an operating system's task
# scheduler (an idle task, a worker, two handlers and two devices passing
# packets around). Size: how many times the whole simulation runs.
import sys
import time

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE = 0
KIND_WORK = 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of `queue`; returns the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0

    def find(self, ident):
        return self.tasks[ident]

    def run(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_waiting():
                task = task.link
            else:
                task = task.run()


class Task:
    def __init__(self, scheduler, ident, priority, queue, pending, waiting, holding):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = holding
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def is_held_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def run(self):
        if self.is_waiting_with_packet():
            packet = self.input
            self.input = packet.link
            self.waiting = False
            self.packet_pending = self.input is not None
        else:
            packet = None
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError

    def add_packet(self, packet, current):
        """Gives this task a packet; returns the task that runs next."""
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return current

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        target = self.scheduler.find(packet.ident)
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None, False, False, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, True, True, False)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, True, True, False)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            self.work_in = work.link
            return self.send(work)
        device = self.device_in
        if device is None:
            return self.wait()
        self.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, False, True, False)
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.send(packet)
        self.pending = packet
        return self.hold()


def richards(count=10000):
    s = Scheduler()
    IdleTask(s, IDLE, 1, count)
    queue = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


def main(iterations):
    results = set()
    for _ in range(iterations):
        results.add(richards())
    return results


iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 6
start = time.perf_counter()
results = main(iterations)
elapsed = time.perf_counter() - start
(queued, held), = results
assert (queued, held) == (23246, 9297), (queued, held)
print(f"checksum=queued:{queued},held:{held},runs:{iterations}")
print(f"ms={elapsed * 1000:.3f}")
