# Article 001's process_data_chunk on 1, 2 and 4 workers. The data come from
# random.Random(2024) instead of the unseeded random module. Which pool worker
# takes which chunk varies: its number is masked (SpawnPoolWorker-<n>).
import multiprocessing
import time
import random


def process_data_chunk(data_chunk):
    """
    Simulate data processing (e.g., image processing, data transformation)
    """
    process_id = multiprocessing.current_process().name
    result = []
    for item in data_chunk:
        # Simulate complex computation
        processed = sum(i ** 2 for i in range(item))
        result.append(processed)
    return {
        'process': process_id,
        'items_processed': len(result),
        'results': result[:5]  # Return sample of results
    }


def process_with_pool(data, num_workers):
    """Process data using a process pool"""
    start_time = time.time()
    chunk_size = len(data) // num_workers
    chunks = [data[i:i + chunk_size] for i in range(0, len(data), chunk_size)]
    with multiprocessing.Pool(processes=num_workers) as pool:
        results = pool.map(process_data_chunk, chunks)
    duration = time.time() - start_time
    print(f"\n=== Processing with {num_workers} workers ===")
    for result in results:
        print(f"{result['process']}: Processed {result['items_processed']} items")
        print(f"  Sample results: {result['results']}")
    print(f"Total time: {duration:.2f} seconds")
    return duration


if __name__ == '__main__':
    multiprocessing.set_start_method("spawn")
    rng = random.Random(2024)
    data = [rng.randint(100, 1000) for _ in range(100)]
    print("First items:", data[:8])
    for num_workers in [1, 2, 4]:
        process_with_pool(data, num_workers)
