package dev.onewaydoor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobQueueTest {
  private record Job(String key, String headSha, Runnable body) implements JobQueue.Job {
    @Override
    public void run() {
      body.run();
    }
  }

  @Test
  void jobsOfOnePullRequestRunOneAtATimeAndOnlyTheNewestWaitingJobSurvives() throws Exception {
    JobQueue q = new JobQueue(Executors.newFixedThreadPool(4));
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    boolean[] supersededSeen = new boolean[1];
    q.submit(new Job("pr#1", "a", () -> {
      await(release);
      supersededSeen[0] = q.superseded("pr#1", "a");
      ran.add("a");
    }));
    q.submit(new Job("pr#1", "b", () -> ran.add("b")));
    q.submit(new Job("pr#1", "c", () -> ran.add("c")));
    q.submit(new Job("pr#2", "x", () -> ran.add("x")));
    Thread.sleep(100);
    assertEquals(List.of("x"), ran, "another PR is not held up");
    release.countDown();
    for (int i = 0; i < 500 && !(q.idle() && ran.size() == 3); i++) Thread.sleep(10);
    assertEquals(List.of("x", "a", "c"), ran, "b was superseded by c while a ran");
    assertTrue(supersededSeen[0], "the running job learns that a newer SHA arrived");
    assertTrue(q.idle());
    assertFalse(q.superseded("pr#1", "c"));
  }

  @Test
  void aWaitingJobMayWidenTheJobThatReplacesIt() throws Exception {
    JobQueue q = new JobQueue(Executors.newFixedThreadPool(2));
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    q.submit(new Job("pr#1", "a", () -> await(release)));
    q.submit(new Job("pr#1", "a", () -> ran.add("full review")));
    q.submit(new JobQueue.Job() {
      public String key() { return "pr#1"; }
      public String headSha() { return "a"; }
      public void run() { ran.add("label only"); }
      public JobQueue.Job supersede(JobQueue.Job older) { return older; } // keep the wider job
    });
    release.countDown();
    for (int i = 0; i < 500 && !(q.idle() && ran.size() == 1); i++) Thread.sleep(10);
    assertEquals(List.of("full review"), ran);
  }

  @Test
  void aDeliveryIsFinishedWhenTheLastOfItsJobsIsDoneAndItsIdIsOnEveryJob() throws Exception {
    JobQueue q = new JobQueue(Executors.newFixedThreadPool(2));
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch finished = new CountDownLatch(3);
    q.listen(new JobQueue.Listener() {
      public void started(String delivery) {
        events.add("started " + delivery);
      }

      public void finished(String delivery) {
        events.add("finished " + delivery);
        finished.countDown();
      }
    });
    CountDownLatch release = new CountDownLatch(1);
    List<String> seen = new CopyOnWriteArrayList<>();
    try (var m = org.slf4j.MDC.putCloseable(JobQueue.DELIVERY, "d1")) {
      q.submit(new Job("pr#1", "a", () -> {
        await(release);
        seen.add(org.slf4j.MDC.get(JobQueue.DELIVERY));
        // A job's follow-up job belongs to the same delivery.
        q.submit(new Job("pr#2", null, () -> seen.add(org.slf4j.MDC.get(JobQueue.DELIVERY))));
      }));
    }
    try (var m = org.slf4j.MDC.putCloseable(JobQueue.DELIVERY, "d2")) {
      q.submit(new Job("pr#1", "b", () -> seen.add("never")));
    }
    try (var m = org.slf4j.MDC.putCloseable(JobQueue.DELIVERY, "d3")) {
      q.submit(new Job("pr#1", "c", () -> seen.add(org.slf4j.MDC.get(JobQueue.DELIVERY))));
    }
    assertTrue(q.awaitDone("d2", 5000), "d2's only job was replaced by d3's: d2 is done");
    assertFalse(q.awaitDone("d1", 50), "d1 is still running");
    release.countDown();
    assertTrue(q.awaitDone("d1", 5000));
    assertTrue(q.awaitDone("d3", 5000));
    assertTrue(finished.await(5, TimeUnit.SECONDS));
    assertEquals(List.of("d1", "d1", "d3"), seen.stream().sorted().toList());
    // d2's job was replaced before it started: finished, never started.
    assertEquals(List.of("finished d1", "finished d2", "finished d3", "started d1", "started d3"),
        events.stream().sorted().toList());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
