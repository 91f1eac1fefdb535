package dev.onewaydoor.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ByteBudgetTest {
  @Test
  void aSecondHolderWaitsUntilTheFirstReleases() throws Exception {
    ByteBudget budget = new ByteBudget(100);
    assertTrue(budget.acquire(70, Duration.ZERO));
    CountDownLatch acquired = new CountDownLatch(1);
    Thread second = new Thread(() -> {
      try {
        if (budget.acquire(50, Duration.ofSeconds(30))) acquired.countDown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    second.start();
    assertFalse(acquired.await(100, TimeUnit.MILLISECONDS), "70 + 50 is over the budget");
    budget.release(70);
    assertTrue(acquired.await(30, TimeUnit.SECONDS));
    assertEquals(50, budget.used());
  }

  @Test
  void givesUpAfterTheTimeoutAndRefusesMoreThanTheWhole() throws Exception {
    ByteBudget budget = new ByteBudget(100);
    assertTrue(budget.acquire(100, Duration.ZERO));
    assertFalse(budget.acquire(1, Duration.ofMillis(20)));
    assertThrows(IllegalArgumentException.class, () -> budget.acquire(101, Duration.ZERO));
  }
}
