package grafanahost

import (
	"bufio"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// brokerSubscribers reads the broker's iotlive_broker_subscribers gauge: its open live Subscribe
// streams, i.e. the upstream subscriptions every client of the broker holds.
func brokerSubscribers(metricsURL string) (int, error) {
	client := http.Client{Timeout: 5 * time.Second}
	res, err := client.Get(metricsURL)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("%s answered %s", metricsURL, res.Status)
	}
	scanner := bufio.NewScanner(res.Body)
	for scanner.Scan() {
		name, value, ok := strings.Cut(scanner.Text(), " ")
		if ok && name == "iotlive_broker_subscribers" {
			f, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
			return int(f), err
		}
	}
	if err := scanner.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("%s has no iotlive_broker_subscribers", metricsURL)
}

func mustSubscribers(t *testing.T, metricsURL string) int {
	t.Helper()
	n, err := brokerSubscribers(metricsURL)
	if err != nil {
		t.Fatalf("broker metrics: %v", err)
	}
	return n
}

// settledSubscribers waits until the count stays the same for a second (earlier tests' backends
// were killed; their subscriptions end when the broker notices) and returns it.
func settledSubscribers(t *testing.T, metricsURL string) int {
	t.Helper()
	last := mustSubscribers(t, metricsURL)
	stableSince := time.Now()
	deadline := time.Now().Add(15 * time.Second)
	for time.Since(stableSince) < time.Second {
		if time.Now().After(deadline) {
			t.Fatalf("the broker's subscriber count never settled (last %d)", last)
		}
		time.Sleep(200 * time.Millisecond)
		if n := mustSubscribers(t, metricsURL); n != last {
			last, stableSince = n, time.Now()
		}
	}
	return last
}
